using BoardRoom.App.Data;
using BoardRoom.App.Features.Email;
using BoardRoom.App.Features.Forum;
using BoardRoom.App.Features.Publication;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Notifications;
using BoardRoom.Tests.App.Administration;
using BoardRoom.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace BoardRoom.Tests.App.Forum;

/// <summary>
/// Members of the public following a board's minutes, over the real services and a seeded SQLite file: double opt-in
/// (nothing but the confirmation until it is followed), the same answer however often one asks, and a one-click
/// unsubscribe in every minutes email.
/// </summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
public sealed class ForumSubscriptionTests : IAsyncLifetime
{
    private const string PublicBase = "https://boards.example.org";
    private const string Reader = "reader@example.net";
    private PlanningHarness _h = null!;

    public async Task InitializeAsync() => _h = await PlanningHarness.CreateWithEmailAsync(PublicBase);

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private ForumSubscriptions Subscriptions => _h.Services.GetRequiredService<ForumSubscriptions>();

    private async Task<List<OutboxMessage>> ToReaderAsync(EmailKind kind)
    {
        await using var db = _h.Open();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == kind && m.ToAddress == Reader).OrderBy(m => m.CreatedAt).ToListAsync();
    }

    private static string TokenIn(OutboxMessage message, string path)
    {
        var text = EmailComposer.Parse(message.Mime).TextBody!;
        var url = System.Text.RegularExpressions.Regex.Match(text, @"https?://\S+" + System.Text.RegularExpressions.Regex.Escape(path) + @"\?token=\S+").Value;
        return QueryHelpers.ParseQuery(new Uri(url).Query)["token"]!;
    }

    [Fact]
    public async Task AskingSendsOnlyAConfirmation_AndMinutesAreEmailedOnlyOnceItIsFollowed_UntilOneClickStopsThem()
    {
        await Subscriptions.RequestAsync(PlanningHarness.Board, "  Reader@Example.net ");
        await Subscriptions.RequestAsync(PlanningHarness.Board, Reader);

        // One confirmation, however often one asks within ten minutes; it has no unsubscribe, since nothing is subscribed yet.
        var confirmation = Assert.Single(await ToReaderAsync(EmailKind.ForumSubscriptionConfirm));
        var parsed = EmailComposer.Parse(confirmation.Mime);
        Assert.Null(parsed.Headers[HeaderId.ListUnsubscribe]);
        Assert.Contains($"{PublicBase}{ForumSubscriptions.ConfirmPath}?token=", parsed.TextBody);
        // Not on the board's outbox page: the secretariat cannot confirm for someone else.
        var outbox = await (await _h.AsAsync<OutboxReader>(PlanningHarness.Secretariat)).GetAsync(PlanningHarness.Board);
        Assert.DoesNotContain(outbox.Value!.Messages, m => m.To == Reader);

        // Not yet confirmed: a publication emails the members, not the reader.
        await PublishCorrectionAsync();
        Assert.Empty(await ToReaderAsync(EmailKind.MinutesPublished));

        var token = TokenIn(confirmation, ForumSubscriptions.ConfirmPath);
        Assert.Equal("UK Rare Diseases Framework Board", await Subscriptions.BoardOfConfirmationAsync(token));
        Assert.Null(await Subscriptions.ConfirmAsync(token[..^4] + "AAAA"));
        Assert.Equal("UK Rare Diseases Framework Board", await Subscriptions.ConfirmAsync(token));

        // Asking again once subscribed sends nothing more (and says the same to whoever asks).
        _h.Clock.Advance(TimeSpan.FromHours(1));
        await Subscriptions.RequestAsync(PlanningHarness.Board, Reader);
        Assert.Single(await ToReaderAsync(EmailKind.ForumSubscriptionConfirm));

        var version = await PublishCorrectionAsync();
        var minutes = Assert.Single(await ToReaderAsync(EmailKind.MinutesPublished));
        var message = EmailComposer.Parse(minutes.Mime);
        Assert.Contains($"(version {version})", minutes.Subject);
        Assert.Contains($"{PublicBase}/forum/{PlanningHarness.Board}/minutes/", message.TextBody);
        Assert.DoesNotContain("Meridian", message.TextBody, StringComparison.OrdinalIgnoreCase);
        var header = message.Headers[HeaderId.ListUnsubscribe]!;
        Assert.StartsWith($"<{PublicBase}{ForumSubscriptions.OneClickPath}?token=", header);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        var stop = TokenIn(minutes, ForumSubscriptions.UnsubscribePath);
        outbox = await (await _h.AsAsync<OutboxReader>(PlanningHarness.Secretariat)).GetAsync(PlanningHarness.Board);
        Assert.DoesNotContain(outbox.Value!.Messages, m => m.To == Reader);
        Assert.Equal(Uri.UnescapeDataString(header.Trim('<', '>').Split("token=")[1]), stop);

        Assert.Null(await Subscriptions.UnsubscribeAsync(token));
        Assert.Equal("UK Rare Diseases Framework Board", await Subscriptions.UnsubscribeAsync(stop));
        await PublishCorrectionAsync();
        Assert.Single(await ToReaderAsync(EmailKind.MinutesPublished));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not an address")]
    [InlineData("reader@example.net, other@example.net")]
    public async Task AnAddressThatIsNotOne_IsRefused_AndNothingIsStored(string email)
    {
        await Assert.ThrowsAsync<DomainRuleException>(() => Subscriptions.RequestAsync(PlanningHarness.Board, email));
        await using var db = _h.Open();
        Assert.Empty(db.ForumSubscriptions);
        Assert.Empty(db.OutboxMessages.Where(m => m.Kind == EmailKind.ForumSubscriptionConfirm));
    }

    private async Task<int> PublishCorrectionAsync()
    {
        MeetingId past;
        await using (var db = _h.Open())
        {
            past = await db.Meetings.AsNoTracking().Where(m => m.Status == MeetingStatus.Closed).Select(m => m.Id).SingleAsync();
        }
        var publisher = _h.Services.GetRequiredService<MinutesPublisher>();
        var priya = await _h.Database.PersonIdAsync(PlanningHarness.Secretariat);
        await publisher.StartCorrectionAsync(past, priya, "A name was misspelt");
        await publisher.CirculateAsync(past, priya);
        await publisher.ApproveAsync(past, priya);
        var hash = (await publisher.ViewAsync(past, priya)).Value!.FullSha256!;
        await using (var db = _h.Open())
        {
            var meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == past);
            var board = await db.Boards.Include(b => b.Members).AsNoTracking().SingleAsync(b => b.Id == meeting.BoardId);
            foreach (var coChair in board.CoChairsOf(meeting))
            {
                await publisher.SignAsync(past, coChair.PersonId, hash);
            }
        }
        return await publisher.PublishAsync(past, priya, "Corrects a misspelt name");
    }
}
