using BoardRoom.Core.Notifications;
using BoardRoom.Tests.Support;

namespace BoardRoom.Tests.App.Email;

/// <summary>
/// The outbox sender of the real app against a real SMTP server on 127.0.0.1: retries, a sender that died holding a
/// message, and two app instances over one database each send every message exactly once.
/// </summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
public sealed class OutboxDeliveryTests : IAsyncLifetime
{
    private TestSmtpServer _smtp = null!;

    public Task InitializeAsync()
    {
        _smtp = TestSmtpServer.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _smtp.DisposeAsync();

    [Fact]
    public async Task AMessageClaimedByASenderThatDiedBeforeMarkingItSent_IsSentExactlyOnce_AfterRestart()
    {
        await using var app = await AppServer.StartAsync(settings: _smtp.AppSettings());
        await app.KillAsync();
        // What a crash mid-send leaves: claimed (Sending), one attempt counted, the lease run out.
        var orphan = OutboxRows.Message("aisha.rahman@rdfb.example", "Left mid-send");
        orphan.Status = DeliveryStatus.Sending;
        orphan.Attempts = 1;
        orphan.ClaimedBy = "a-sender-that-died";
        orphan.ClaimedUntil = DateTimeOffset.UtcNow.AddSeconds(-1);
        await OutboxRows.AddAsync(app, orphan);

        await app.RestartAsync();
        var received = await _smtp.WaitForAsync(r => r.Message.MessageId == orphan.MessageId);
        Assert.Equal(["aisha.rahman@rdfb.example"], received.EnvelopeTo);
        var row = await OutboxRows.WaitForStatusAsync(app, orphan.Id, DeliveryStatus.Sent);
        await Task.Delay(1000);
        Assert.Single(_smtp.Received, r => r.Message.MessageId == orphan.MessageId);
        Assert.Equal(DeliveryStatus.Sent, row.Status);
        Assert.Equal(2, row.Attempts);
        Assert.NotNull(row.SentAt);
    }

    [Fact]
    public async Task AMessageStillLeasedByAnotherSender_IsLeftAloneUntilTheLeaseRunsOut()
    {
        await using var app = await AppServer.StartAsync(settings: _smtp.AppSettings());
        var held = OutboxRows.Message("aisha.rahman@rdfb.example", "Held by another instance");
        held.Status = DeliveryStatus.Sending;
        held.Attempts = 1;
        held.ClaimedBy = "another-instance";
        await OutboxRows.AddAsync(app); // builds the EF model first, so the lease below starts when the row is written
        held.ClaimedUntil = DateTimeOffset.UtcNow.AddSeconds(8);
        await OutboxRows.AddAsync(app, held);

        await Task.Delay(3000);
        Assert.DoesNotContain(_smtp.Received, r => r.Message.MessageId == held.MessageId);
        await _smtp.WaitForAsync(r => r.Message.MessageId == held.MessageId);
        Assert.Single(_smtp.Received, r => r.Message.MessageId == held.MessageId);
    }

    [Fact]
    public async Task ARefusedSend_IsRetriedAfterABackOff_AndTheAttemptsAreRecorded()
    {
        await using var app = await AppServer.StartAsync(settings: _smtp.AppSettings());
        _smtp.RefuseNext(2);
        var message = OutboxRows.Message("helen.marsh@rdfb.example", "Retried");
        var queuedAt = DateTimeOffset.UtcNow;
        await OutboxRows.AddAsync(app, message);

        await _smtp.WaitForAsync(r => r.Message.MessageId == message.MessageId);
        var row = await OutboxRows.WaitForStatusAsync(app, message.Id, DeliveryStatus.Sent);
        Assert.Equal(DeliveryStatus.Sent, row.Status);
        Assert.Equal(3, row.Attempts);
        // Back-off of 1 s then 2 s (FirstRetry = 1 s in the test settings).
        Assert.True(row.SentAt - queuedAt >= TimeSpan.FromSeconds(2.5), $"sent {row.SentAt - queuedAt} after queueing");
        Assert.Single(_smtp.Received, r => r.Message.MessageId == message.MessageId);
    }

    [Fact]
    public async Task TwoAppInstancesOverOneDatabase_SendEachMessageExactlyOnce()
    {
        await using var first = await AppServer.StartAsync(settings: _smtp.AppSettings());
        await using var second = await AppServer.StartAsync(first.DataDirectory, _smtp.AppSettings());
        var messages = Enumerable.Range(1, 40).Select(i => OutboxRows.Message($"member{i}@rdfb.example", $"Message {i}")).ToArray();
        await OutboxRows.AddAsync(first, messages);

        await _smtp.WaitForCountAsync(messages.Length, TimeSpan.FromSeconds(60));
        await Task.Delay(1500);
        var received = _smtp.Received.Select(r => r.Message.MessageId).ToList();
        Assert.Equal(messages.Select(m => m.MessageId).Order(), received.Order());
        foreach (var message in messages)
        {
            var row = await OutboxRows.WaitForStatusAsync(first, message.Id, DeliveryStatus.Sent);
            Assert.Equal(DeliveryStatus.Sent, row.Status);
            Assert.Equal(1, row.Attempts);
        }
    }
}
