using System.Text.Json;
using BoardRoom.App.Features.Minutes;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Minutes;

/// <summary>Real SignalR clients against the app on Kestrel. Each test takes its own section of the demo meetings.</summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
[Collection(AppServerCollection.Name)]
public sealed class MinutesHubTests(AppServerFixture app)
{
    private AppServer Server => app.Server;

    private async Task<Guid> SectionAsync(int index, bool upcoming = true) =>
        (await ServerDatabase.SectionsAsync(Server, "uk-rare-diseases", upcoming))[index].Id;

    [Fact]
    public async Task ThreeMembersTypingAtOnce_Converge_AndTheStoredLogReplaysToTheSameText()
    {
        var section = await SectionAsync(0);
        await using var a = await LiveMinutesClient.ConnectAsync(Server, "aisha.rahman@rdfb.example");
        await using var b = await LiveMinutesClient.ConnectAsync(Server, "helen.marsh@rdfb.example");
        await using var c = await LiveMinutesClient.ConnectAsync(Server, "priya.raman@rdfb.example");
        LiveMinutesClient[] clients = [a, b, c];
        foreach (var client in clients)
        {
            await client.JoinAsync(section);
        }

        var random = new Random(20261123);
        for (var round = 0; round < 60; round++)
        {
            foreach (var client in clients)
            {
                var token = $"[{client.Name[..2]}{round}]";
                var choice = random.Next(10);
                var pick = random.Next();
                client.Edit(doc => choice < 2 && doc.Length > 4
                    ? TextOperation.Delete(doc.Length, pick % (doc.Length - 2), 2)
                    : TextOperation.Insert(doc.Length, pick % (doc.Length + 1), token));
            }
            if (round % 7 == 0)
            {
                await Task.Delay(random.Next(1, 15));
            }
        }
        foreach (var client in clients)
        {
            await client.WaitUntilSettledAsync();
        }
        var head = clients.Max(x => x.Revision);
        foreach (var client in clients)
        {
            await client.WaitForRevisionAsync(head);
        }

        Assert.Equal(a.Text, b.Text);
        Assert.Equal(a.Text, c.Text);
        var (replayed, revisions) = await ServerDatabase.ReplayLogAsync(Server, section);
        Assert.Equal(head, revisions);
        Assert.Equal(a.Text, replayed);
        await using var late = await LiveMinutesClient.ConnectAsync(Server, "grace.okafor@rdfb.example");
        var joined = await late.JoinAsync(section);
        Assert.Equal(a.Text, joined.Text);
        Assert.Equal(head, joined.Revision);
    }

    [Fact]
    public async Task ResendingTheSameEdit_ReturnsTheOriginalAcknowledgement_AndAppliesItOnce()
    {
        var section = await SectionAsync(1);
        await using var a = await LiveMinutesClient.ConnectAsync(Server, "aisha.rahman@rdfb.example");
        var joined = await a.JoinAsync(section);
        var op = Json(TextOperation.Insert(joined.Text!.Length, 0, "Apologies: none.").ToJson());

        await a.SubmitRawAsync(joined.Revision, op, clientSeq: 900, clientId: "resender");
        await a.SubmitRawAsync(joined.Revision, op, clientSeq: 900, clientId: "resender");

        await WaitForAsync(() => a.Acks.Count(x => x.ClientId == "resender") == 2);
        var acks = a.Acks.Where(x => x.ClientId == "resender").ToList();
        Assert.Equal(acks[0].Revision, acks[1].Revision);
        Assert.Equal([false, true], acks.Select(x => x.Duplicate));
        Assert.Equal(joined.Revision + 1, await ServerDatabase.CountOperationsAsync(Server, section));
    }

    [Fact]
    public async Task RejoiningFromAKnownRevision_ReceivesExactlyTheMissedEdits()
    {
        var section = await SectionAsync(2);
        await using var away = await LiveMinutesClient.ConnectAsync(Server, "aisha.rahman@rdfb.example");
        await using var typist = await LiveMinutesClient.ConnectAsync(Server, "helen.marsh@rdfb.example");
        var start = await away.JoinAsync(section);
        await typist.JoinAsync(section);
        await away.DropAsync();

        for (var i = 0; i < 5; i++)
        {
            typist.Insert(int.MaxValue, $"line {i}\n");
            await typist.WaitUntilSettledAsync();
        }
        await away.StartAsync(Server.BaseAddress);
        var rejoined = await away.JoinAsync(section);

        Assert.Null(rejoined.Text);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => start.Revision + i), rejoined.Operations!.Select(o => o.Revision));
        Assert.All(rejoined.Operations!, o => Assert.Equal("Helen Marsh", o.AuthorName));
        Assert.Equal(typist.Text, away.Text);
    }

    [Fact]
    public async Task AMemberOfAnotherBoard_IsRefused()
    {
        var section = await SectionAsync(3);
        await using var outsider = await LiveMinutesClient.ConnectAsync(Server, "laura.finch@nsap.example");

        var error = await Assert.ThrowsAsync<HubException>(() => outsider.Connection.InvokeAsync("JoinSection", new BoardRoom.App.Features.Minutes.Protocol.JoinRequest(section, null)));

        Assert.Contains("forbidden", error.Message);
        Assert.Contains("not a member", error.Message);
    }

    [Fact]
    public async Task AnAnonymousConnection_IsRefused()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, MinutesHub.Path.TrimStart('/'))).Build();

        await Assert.ThrowsAnyAsync<Exception>(() => connection.StartAsync());
        await connection.DisposeAsync();
    }

    [Fact]
    public async Task AnObserver_ReadsButCannotEdit_AndCannotOpenReservedMinutes()
    {
        var sections = await ServerDatabase.SectionsAsync(Server, "uk-rare-diseases");
        await using var observer = await LiveMinutesClient.ConnectAsync(Server, "anna.schmidt@rdfb.example");
        var joined = await observer.JoinAsync(sections[4].Id);

        Assert.False(joined.CanEdit);
        Assert.Contains("not edit", joined.ReadOnlyReason);
        var error = await Assert.ThrowsAsync<HubException>(() => observer.SubmitRawAsync(joined.Revision, Json($"[{joined.Text!.Length}, \"x\"]".Replace("[0, ", "[")), 1));
        Assert.Contains("read-only", error.Message);
        var reserved = sections.Single(s => s.Reserved).Id;
        var refused = await Assert.ThrowsAsync<HubException>(() => observer.Connection.InvokeAsync("JoinSection", new BoardRoom.App.Features.Minutes.Protocol.JoinRequest(reserved, null)));
        Assert.Contains("reserved business", refused.Message);
    }

    [Theory]
    [InlineData("{\"insert\": \"x\"}", "malformed")]
    [InlineData("[\"x\", 999]", "rejected")]
    [InlineData("[0]", "malformed")]
    [InlineData("[-1]", "rejected")]
    public async Task AMalformedOrMisfittingEdit_GetsAClearError_AndChangesNothing(string operation, string code)
    {
        var section = await SectionAsync(5);
        await using var a = await LiveMinutesClient.ConnectAsync(Server, "aisha.rahman@rdfb.example");
        var joined = await a.JoinAsync(section);
        var before = await ServerDatabase.CountOperationsAsync(Server, section);

        var error = await Assert.ThrowsAsync<HubException>(() => a.SubmitRawAsync(joined.Revision, Json(operation), 1));

        Assert.StartsWith(code + ":", error.Message[(error.Message.IndexOf("HubException: ", StringComparison.Ordinal) + 14)..]);
        Assert.Equal(before, await ServerDatabase.CountOperationsAsync(Server, section));
    }

    [Fact]
    public async Task AnOversizedPaste_IsRefusedAsTooLarge_AndChangesNothing()
    {
        var section = await SectionAsync(5);
        await using var a = await LiveMinutesClient.ConnectAsync(Server, "aisha.rahman@rdfb.example");
        var joined = await a.JoinAsync(section);
        var before = await ServerDatabase.CountOperationsAsync(Server, section);
        var paste = new string('x', MinutesHub.MaxInsertLength + 1);
        var op = joined.Text!.Length == 0 ? $"[\"{paste}\"]" : $"[\"{paste}\", {joined.Text.Length}]";

        var error = await Assert.ThrowsAsync<HubException>(() => a.SubmitRawAsync(joined.Revision, Json(op), 77));

        Assert.Contains("too-large", error.Message);
        Assert.Equal(before, await ServerDatabase.CountOperationsAsync(Server, section));
    }

    [Fact]
    public async Task ALockedSection_IsReadOnlyToEveryone_IncludingTheSecretariat()
    {
        var section = await SectionAsync(0, upcoming: false);
        await using var secretariat = await LiveMinutesClient.ConnectAsync(Server, "priya.raman@rdfb.example");
        await secretariat.JoinAsync(section);
        await using (var db = ServerDatabase.Open(Server))
        {
            var row = await db.MinutesSections.SingleAsync(s => s.Id == ServerDatabase.ItemId(section));
            row.Lock("the minutes are approved", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var error = await Assert.ThrowsAsync<HubException>(() => secretariat.SubmitRawAsync(0, Json("[\"late edit\"]"), 1));

        Assert.Contains("locked", error.Message);
        Assert.Contains("approved", error.Message);
        Assert.Equal(0, await ServerDatabase.CountOperationsAsync(Server, section));
    }

    [Fact]
    public async Task AFloodOfEdits_IsRateLimited_AndRefusedEditsAreNotApplied()
    {
        // Its own server with a tight limit: the outcome must not depend on how fast this machine is.
        await using var server = await AppServer.StartAsync(settings: new Dictionary<string, string>
        {
            ["BoardRoom__Minutes__SubmitBurst"] = "5",
            ["BoardRoom__Minutes__SubmitsPerSecond"] = "0.1",
        });
        var section = (await ServerDatabase.SectionsAsync(server, "uk-rare-diseases"))[0].Id;
        await using var a = await LiveMinutesClient.ConnectAsync(server, "aisha.rahman@rdfb.example");
        var joined = await a.JoinAsync(section);
        var limited = 0;
        var accepted = 0;

        // Each edit is based on the join revision: the server transforms them, so all that pass are valid.
        for (var i = 0; i < 20; i++)
        {
            try
            {
                await a.SubmitRawAsync(joined.Revision, Json($"[\"{i};\"]"), i, clientId: "flood");
                accepted++;
            }
            catch (HubException e) when (e.Message.Contains("rate-limited"))
            {
                limited++;
            }
        }

        Assert.InRange(accepted, 5, 7);
        Assert.Equal(20 - accepted, limited);
        Assert.Equal(joined.Revision + accepted, await ServerDatabase.CountOperationsAsync(server, section));
    }

    [Fact]
    public async Task Presence_ShowsWhoJoinedAndTheirCursor_AndThatTheyLeft()
    {
        var section = await SectionAsync(7);
        await using var a = await LiveMinutesClient.ConnectAsync(Server, "aisha.rahman@rdfb.example");
        await a.JoinAsync(section);
        await using var b = await LiveMinutesClient.ConnectAsync(Server, "helen.marsh@rdfb.example");
        var joined = await b.JoinAsync(section);

        Assert.Contains(joined.Participants, p => p.Name == "Aisha Rahman");
        await b.Connection.InvokeAsync("UpdatePresence", new BoardRoom.App.Features.Minutes.Protocol.PresenceRequest(section, joined.Revision, 0, 0));
        await WaitForAsync(() => a.PresenceSeen.Any(p => p.Participant.Name == "Helen Marsh" && p.Participant.Selection is not null));
        var helen = a.PresenceSeen.Last(p => p.Participant.Name == "Helen Marsh").Participant;
        Assert.Matches("^#[0-9a-f]{6}$", helen.Colour);
        await b.DropAsync();
        await WaitForAsync(() => a.LeavesSeen.Any(l => l.ParticipantId == helen.ParticipantId));
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting.");
            await Task.Delay(10);
        }
    }
}
