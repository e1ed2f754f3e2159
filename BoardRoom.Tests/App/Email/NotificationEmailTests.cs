using BoardRoom.App.Data;
using BoardRoom.App.Features.Administration;
using BoardRoom.App.Features.Agendas;
using BoardRoom.App.Features.Email;
using BoardRoom.App.Features.Publication;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Notifications;
using BoardRoom.Tests.App.Administration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace BoardRoom.Tests.App.Email;

/// <summary>
/// The emails a board's work queues, over the real feature services and a seeded SQLite file: each saved with the
/// change that caused it, addressed to the right people, and never carrying reserved business to an observer.
/// </summary>
public sealed class NotificationEmailTests : IAsyncLifetime
{
    private const string PublicBase = "https://boards.example.org";
    private const string ReservedTitle = "Procurement of the Meridian registry";
    private PlanningHarness _h = null!;

    public async Task InitializeAsync() => _h = await PlanningHarness.CreateWithEmailAsync(PublicBase);

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static MimeMessage Parse(OutboxMessage m) => EmailComposer.Parse(m.Mime);

    [Fact]
    public async Task InvitingANewMember_EmailsThemTheLink_AndOnlyTheSecretariatSeesItInTheOutbox()
    {
        var adminView = await _h.AsAsync<AdminBoardView>(PlanningHarness.Secretariat);
        var members = await _h.AsAsync<BoardMembers>(PlanningHarness.Secretariat);
        await members.AddMemberAsync(PlanningHarness.Board, new NewMemberForm { Email = "morag.fraser@rdfb.example", FullName = "Morag Fraser", Organisation = "Genetic Alliance" });
        var member = (await adminView.GetAsync(PlanningHarness.Board)).Value!.Members.Single(m => m.Email == "morag.fraser@rdfb.example");

        var link = await (await _h.AsAsync<MemberInvitations>(PlanningHarness.Secretariat)).CreateLinkAsync(PlanningHarness.Board, member.Id);

        var queued = Assert.Single(await _h.OutboxAsync(EmailKind.BoardInvitation));
        Assert.Equal("morag.fraser@rdfb.example", queued.ToAddress);
        Assert.Equal(DeliveryStatus.Queued, queued.Status);
        var message = Parse(queued);
        Assert.Equal(queued.MessageId, message.MessageId);
        Assert.Contains(PublicBase + link, message.TextBody);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(PublicBase + link), message.HtmlBody);
        Assert.Contains("UK Rare Diseases Framework Board", message.TextBody);
        // An invitation is a credential: never an unsubscribe link.
        Assert.Null(message.Headers[HeaderId.ListUnsubscribe]);

        var outbox = await (await _h.AsAsync<OutboxReader>(PlanningHarness.Secretariat)).GetAsync(PlanningHarness.Board);
        Assert.Contains(outbox.Value!.Messages, m => m.To == "morag.fraser@rdfb.example" && m.Text.Contains(PublicBase + link, StringComparison.Ordinal));
        Assert.False((await (await _h.AsAsync<OutboxReader>(PlanningHarness.Member)).GetAsync(PlanningHarness.Board)).IsAllowed);
        Assert.False((await (await _h.AsAsync<OutboxReader>(PlanningHarness.OtherBoardSecretariat)).GetAsync(PlanningHarness.Board)).IsAllowed);
    }

    [Fact]
    public async Task ASeatOfferedToSomeoneWithAnAccount_EmailsThem_WithAnUnsubscribeHeaderAndLink()
    {
        var members = await _h.AsAsync<BoardMembers>(PlanningHarness.Secretariat);
        await members.AddMemberAsync(PlanningHarness.Board, new NewMemberForm { Email = PlanningHarness.OtherBoardSecretariat, FullName = "Mark Dunn", Organisation = "NSAP" });

        var queued = Assert.Single(await _h.OutboxAsync(EmailKind.SeatOffer));
        Assert.Equal(PlanningHarness.OtherBoardSecretariat, queued.ToAddress);
        var message = Parse(queued);
        var header = message.Headers[HeaderId.ListUnsubscribe];
        Assert.StartsWith($"<{PublicBase}{UnsubscribeTokens.OneClickPath}?token=", header);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.Contains($"{PublicBase}{UnsubscribeTokens.Path}?token=", message.TextBody);

        // Following the link records the opt-out for that kind: the next offer is not queued.
        var token = Uri.UnescapeDataString(header!.Trim('<', '>').Split("token=")[1]);
        Assert.Equal(EmailKind.SeatOffer, await _h.Services.GetRequiredService<Unsubscriptions>().UnsubscribeAsync(token));
        Assert.Null(await _h.Services.GetRequiredService<Unsubscriptions>().UnsubscribeAsync(token[..^4] + "AAAA"));
        await using (var db = _h.Open())
        {
            var invitation = await db.MembershipInvitations.SingleAsync(i => i.Status == BoardRoom.Core.Boards.MembershipInvitationStatus.Pending);
            db.MembershipInvitations.Remove(invitation);
            await db.SaveChangesAsync();
        }
        await members.AddMemberAsync(PlanningHarness.Board, new NewMemberForm { Email = PlanningHarness.OtherBoardSecretariat, FullName = "Mark Dunn", Organisation = "NSAP" });
        Assert.Single(await _h.OutboxAsync(EmailKind.SeatOffer));
    }

    [Fact]
    public async Task TheAgendaEmail_ListsItsPapers_ButAnObserversCopyLeavesOutReservedItemsAndTheirPapers()
    {
        var meeting = await _h.NextMeetingAsync();
        var secretariat = await _h.AsAsync<AgendaEditor>(PlanningHarness.Secretariat);
        var reservedId = await secretariat.AddItemAsync(meeting.Id, new AgendaItemForm
        { Title = ReservedTitle, Purpose = AgendaPurpose.ForDecision, Presenter = "Daniel Price", MinutesAllotted = 10, IsReserved = true });
        var publicItem = meeting.AgendaItems.Where(i => !i.IsReserved).OrderBy(i => i.Position).First();
        var uploader = await _h.Database.PersonIdAsync(PlanningHarness.Secretariat);
        await using (var db = _h.Open())
        {
            db.AgendaPapers.Add(Paper(meeting, publicItem.Id, "survey-results.pdf", uploader));
            db.AgendaPapers.Add(Paper(meeting, reservedId, "meridian-bids.pdf", uploader));
            await db.SaveChangesAsync();
        }

        await _h.ApproveAgendaAsync(meeting.Id);

        var sent = await _h.OutboxAsync(EmailKind.AgendaIssued);
        Assert.Equal(await _h.ActiveMemberCountAsync(), sent.Count);
        var member = Parse(sent.Single(m => m.ToAddress == PlanningHarness.Member));
        Assert.Contains(ReservedTitle, member.TextBody);
        Assert.Contains("meridian-bids.pdf", member.HtmlBody);
        Assert.Contains("survey-results.pdf", member.TextBody);
        Assert.Contains($"{PublicBase}/meetings/{meeting.Id}", member.TextBody);
        var observer = Parse(sent.Single(m => m.ToAddress == PlanningHarness.Observer));
        Assert.Contains("survey-results.pdf", observer.TextBody);
        foreach (var body in new[] { observer.TextBody, observer.HtmlBody })
        {
            Assert.DoesNotContain("Meridian", body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task CirculatingMinutes_EmailsThoseWhoReview_NotObservers_AndApprovingThemAsksEachCoChairToSign()
    {
        await using var db = _h.Open();
        var past = await db.Meetings.AsNoTracking().SingleAsync(m => m.Status == MeetingStatus.Closed);
        var publisher = _h.Services.GetRequiredService<MinutesPublisher>();
        var priya = await _h.Database.PersonIdAsync(PlanningHarness.Secretariat);

        await publisher.StartCorrectionAsync(past.Id, priya, "An arrival time was wrong");
        await publisher.CirculateAsync(past.Id, priya);

        var review = await _h.OutboxAsync(EmailKind.MinutesForReview);
        Assert.Contains(review, m => m.ToAddress == PlanningHarness.Member);
        Assert.Contains(review, m => m.ToAddress == PlanningHarness.PermanentCoChair);
        Assert.DoesNotContain(review, m => m.ToAddress == PlanningHarness.Observer);
        Assert.Contains($"{PublicBase}/meetings/{past.Id}/publication", Parse(review[0]).TextBody);
        Assert.Empty(await _h.OutboxAsync(EmailKind.SignatureRequested));

        await publisher.ApproveAsync(past.Id, priya);

        var signatures = await _h.OutboxAsync(EmailKind.SignatureRequested);
        Assert.Equal((await _h.CoChairEmailsAsync(past.Id)).Order(), signatures.Select(m => m.ToAddress).Order());
    }

    [Fact]
    public async Task SomeoneWhoTurnedAgendasOff_GetsNoAgendaEmail_WhileEveryoneElseDoes()
    {
        var meeting = await _h.NextMeetingAsync();
        var preferences = await _h.AsAsync<EmailPreferences>(PlanningHarness.Member);
        await preferences.SetAsync(EmailPreferences.Optional.Where(k => k != EmailKind.AgendaIssued).ToList());
        Assert.DoesNotContain((EmailKind.AgendaIssued, true), await preferences.GetAsync());

        await _h.ApproveAgendaAsync(meeting.Id);

        var sent = await _h.OutboxAsync(EmailKind.AgendaIssued);
        Assert.Equal(await _h.ActiveMemberCountAsync() - 1, sent.Count);
        Assert.DoesNotContain(sent, m => m.ToAddress == PlanningHarness.Member);
    }

    private static AgendaPaperRow Paper(Meeting meeting, AgendaItemId item, string name, BoardRoom.Core.People.PersonId uploader) => new()
    {
        BoardId = meeting.BoardId, MeetingId = meeting.Id, AgendaItemId = item, FileName = name, ContentType = "application/pdf",
        Length = 1, Sha256 = new string('0', 64), UploadedBy = uploader, UploadedAt = DateTimeOffset.UtcNow,
    };
}
