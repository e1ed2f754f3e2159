using BoardRoom.App.Data;
using BoardRoom.App.Features.Administration;
using BoardRoom.App.Features.Agendas;
using BoardRoom.App.Features.Email;
using BoardRoom.App.Features.Publication;
using BoardRoom.App.Features.Registers;
using BoardRoom.App.Features.Rotation;
using BoardRoom.Core.Actions;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Notifications;
using BoardRoom.Publishing.Calendar;
using BoardRoom.Tests.App.Administration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace BoardRoom.Tests.App.Email;

/// <summary>
/// The emails that follow a meeting through the calendar (invited, moved, cancelled: RFC 5546 with the feed's UID),
/// the rotation, publication and the action register, over the real feature services and a seeded SQLite file.
/// </summary>
public sealed class CalendarAndRegisterEmailTests : IAsyncLifetime
{
    private const string PublicBase = "https://boards.example.org";
    private PlanningHarness _h = null!;

    public async Task InitializeAsync() => _h = await PlanningHarness.CreateWithEmailAsync(PublicBase);

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static MimeMessage Parse(OutboxMessage m) => EmailComposer.Parse(m.Mime);

    /// <summary>The iCalendar part of an email, parsed, with its MIME method parameter.</summary>
    private static (string MimeMethod, Ical.Net.Calendar Calendar) CalendarOf(OutboxMessage m)
    {
        var part = Assert.Single(Parse(m).Attachments.OfType<MimePart>(), p => p.ContentType.IsMimeType("text", "calendar"));
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return (part.ContentType.Parameters["method"] ?? string.Empty, Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(stream.ToArray()))!);
    }

    [Fact]
    public async Task TheAgendaInvitesToTheMeeting_ThenMovingItSendsAnUpdate_AndCancellingItACancel_AllWithTheFeedsUid()
    {
        var meeting = await _h.NextMeetingAsync();
        await _h.ApproveAgendaAsync(meeting.Id);
        var members = await _h.ActiveMemberCountAsync();

        var invitations = await _h.OutboxAsync(EmailKind.AgendaIssued);
        Assert.Equal(members, invitations.Count);
        var (method, invite) = CalendarOf(invitations.Single(m => m.ToAddress == PlanningHarness.Member));
        Assert.Equal("REQUEST", method);
        Assert.Equal("REQUEST", invite.Method);
        var entry = Assert.Single(invite.Events);
        Assert.Equal(MeetingCalendarWriter.UidOf(meeting.Id), entry.Uid);
        Assert.Equal(meeting.StartsAt.UtcDateTime, entry.DtStart!.AsUtc);
        Assert.Equal($"mailto:{PlanningHarness.Member}", Assert.Single(entry.Attendees).Value!.ToString());
        Assert.StartsWith("mailto:", entry.Organizer!.Value!.ToString());

        // Moved by the secretariat: everyone gets the new time, as an update of the same entry with a higher SEQUENCE.
        var scheduling = await _h.AsAsync<MeetingScheduling>(PlanningHarness.Secretariat);
        var newDay = DateOnly.FromDateTime(LondonTime.ToLocal(meeting.StartsAt)).AddDays(2);
        _h.Clock.Advance(TimeSpan.FromMinutes(5));
        await scheduling.MoveMeetingAsync(PlanningHarness.Board, meeting.Id, new MoveMeetingForm { Date = newDay, Start = new(14, 0), End = new(16, 0), Reason = "The venue is closed that day" });

        var moved = await _h.OutboxAsync(EmailKind.MeetingChanged);
        Assert.Equal(members, moved.Count);
        var movedMessage = moved.Single(m => m.ToAddress == PlanningHarness.Observer);
        Assert.StartsWith($"Moved: {meeting.Title} is now on", movedMessage.Subject);
        Assert.Contains("The venue is closed that day", Parse(movedMessage).TextBody);
        var (movedMethod, update) = CalendarOf(movedMessage);
        Assert.Equal("REQUEST", movedMethod);
        var updated = Assert.Single(update.Events);
        Assert.Equal(entry.Uid, updated.Uid);
        Assert.Equal(LondonTime.ToUtc(newDay, new(14, 0)).UtcDateTime, updated.DtStart!.AsUtc);
        Assert.True(updated.Sequence > entry.Sequence, $"SEQUENCE {updated.Sequence} should be above {entry.Sequence}");

        // The feed says the same: same UID, same SEQUENCE, so a client holding either copy keeps one entry.
        var feed = Ical.Net.Calendar.Load(await FeedAsync())!.Events.Single(e => e.Uid == entry.Uid);
        Assert.Equal(updated.Sequence, feed.Sequence);
        Assert.Equal(updated.DtStart.AsUtc, feed.DtStart!.AsUtc);

        _h.Clock.Advance(TimeSpan.FromMinutes(5));
        await scheduling.CancelMeetingAsync(PlanningHarness.Board, meeting.Id, "Business moved to the next meeting");
        var cancelled = (await _h.OutboxAsync(EmailKind.MeetingChanged)).Where(m => m.Subject.StartsWith("Cancelled:", StringComparison.Ordinal)).ToList();
        Assert.Equal(members, cancelled.Count);
        var (cancelMethod, cancel) = CalendarOf(cancelled.Single(m => m.ToAddress == PlanningHarness.Member));
        Assert.Equal("CANCEL", cancelMethod);
        Assert.Equal("CANCEL", cancel.Method);
        var gone = Assert.Single(cancel.Events);
        Assert.Equal(entry.Uid, gone.Uid);
        Assert.Equal("CANCELLED", gone.Status);
        Assert.True(gone.Sequence > updated.Sequence);
    }

    [Fact]
    public async Task RevisingTheSeriesVenue_SendsACalendarUpdate_OnlyOfTheMeetingWhoseAgendaIsOut()
    {
        var meeting = await _h.NextMeetingAsync();
        await _h.ApproveAgendaAsync(meeting.Id);
        var adminView = await _h.AsAsync<AdminBoardView>(PlanningHarness.Secretariat);
        var seriesAdmin = await _h.AsAsync<SeriesAdministration>(PlanningHarness.Secretariat);
        var series = (await adminView.GetAsync(PlanningHarness.Board)).Value!.Series.Single(s => s.Id == meeting.SeriesId);
        await seriesAdmin.GenerateMeetingsAsync(PlanningHarness.Board, series.Id, 6);
        var form = SeriesDetailsForm.From(series);
        form.Venue = "Committee Room 2, Victoria Quay, Edinburgh";
        _h.Clock.Advance(TimeSpan.FromMinutes(5));

        var changed = await seriesAdmin.ReviseSeriesAsync(PlanningHarness.Board, series.Id, form);

        // Every future meeting of the series changed place (the feed shows them all); only the one whose agenda was
        // emailed, with its calendar entry, is emailed again.
        Assert.True(changed > 1, $"{changed} meeting(s) changed");
        var sent = await _h.OutboxAsync(EmailKind.MeetingChanged);
        Assert.Equal(await _h.ActiveMemberCountAsync(), sent.Count);
        var mine = sent.Single(m => m.ToAddress == PlanningHarness.Member);
        Assert.StartsWith($"Changed: {meeting.Title}", mine.Subject);
        Assert.Contains("Committee Room 2, Victoria Quay, Edinburgh", Parse(mine).TextBody);
        var (method, update) = CalendarOf(mine);
        Assert.Equal("REQUEST", method);
        var entry = Assert.Single(update.Events);
        Assert.Equal(MeetingCalendarWriter.UidOf(meeting.Id), entry.Uid);
        Assert.Equal("Committee Room 2, Victoria Quay, Edinburgh", entry.Location);
    }

    [Fact]
    public async Task ARotationChange_EmailsOnlyTheCoChairsItAffects_WhatTheyGainedAndLost()
    {
        var meeting = await _h.NextMeetingAsync();
        MembershipIdAndEmail before;
        await using (var db = _h.Open())
        {
            before = await SeatAsync(db, meeting.RotatingCoChairId!.Value);
        }
        var rotation = await _h.AsAsync<RotationService>(PlanningHarness.Secretariat);

        await rotation.MarkUnavailableAsync(PlanningHarness.Board, meeting.Id, before.Id, "On leave");

        MembershipIdAndEmail after;
        await using (var db = _h.Open())
        {
            var now = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meeting.Id);
            Assert.NotEqual(before.Id, now.RotatingCoChairId);
            after = await SeatAsync(db, now.RotatingCoChairId!.Value);
        }
        var sent = await _h.OutboxAsync(EmailKind.RotationChanged);
        Assert.Contains(sent, m => m.ToAddress == before.Email);
        Assert.Contains(sent, m => m.ToAddress == after.Email);
        Assert.DoesNotContain(sent, m => m.ToAddress is PlanningHarness.Member or PlanningHarness.Observer or PlanningHarness.Secretariat);
        Assert.Equal(sent.Count, sent.Select(m => m.ToAddress).Distinct().Count());
        var lostText = Parse(sent.Single(m => m.ToAddress == before.Email)).TextBody;
        Assert.Contains("You no longer co-chair", lostText);
        Assert.Contains(meeting.Title, lostText);
        Assert.Contains("On leave", lostText);
        Assert.Contains($"{PublicBase}/boards/{PlanningHarness.Board}/rotation", lostText);
        var gainedText = Parse(sent.Single(m => m.ToAddress == after.Email)).TextBody;
        Assert.Contains("You now co-chair", gainedText);
        Assert.Contains(meeting.Title, gainedText);
    }

    [Fact]
    public async Task PublishingACorrection_EmailsEveryMember_TheForumAddressOfTheNewVersion()
    {
        MeetingId past;
        int number;
        await using (var db = _h.Open())
        {
            var meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Status == MeetingStatus.Closed);
            (past, number) = (meeting.Id, meeting.Number);
        }
        var publisher = _h.Services.GetRequiredService<MinutesPublisher>();
        var priya = await _h.Database.PersonIdAsync(PlanningHarness.Secretariat);
        await publisher.StartCorrectionAsync(past, priya, "An arrival time was wrong");
        await publisher.CirculateAsync(past, priya);
        await publisher.ApproveAsync(past, priya);
        var view = (await publisher.ViewAsync(past, priya)).Value!;
        foreach (var coChair in await CoChairIdsAsync(past))
        {
            await publisher.SignAsync(past, coChair, view.FullSha256!);
        }
        Assert.Empty(await _h.OutboxAsync(EmailKind.MinutesPublished));

        var version = await publisher.PublishAsync(past, priya, "Corrects the arrival time of a member");

        var sent = await _h.OutboxAsync(EmailKind.MinutesPublished);
        Assert.Equal(await _h.ActiveMemberCountAsync(), sent.Count);
        var observer = sent.Single(m => m.ToAddress == PlanningHarness.Observer);
        Assert.Contains($"(version {version})", observer.Subject);
        Assert.Contains($"{PublicBase}/forum/{PlanningHarness.Board}/minutes/{number}/v/{version}", Parse(observer).TextBody);
    }

    [Fact]
    public async Task AnActionAgreed_EmailsItsOwner_AndChangingTheOwnerEmailsTheNewOne_NotTheOld()
    {
        var (meetingId, itemId) = await StartedMeetingWithPublicItemAsync();
        var owner = await _h.Database.PersonIdAsync(PlanningHarness.Member);
        var register = await _h.AsAsync<ActionRegister>(PlanningHarness.Secretariat);

        var reference = await register.AgreeAsync(meetingId, itemId, "Circulate the revised survey to the four nations", owner, string.Empty,
            "Each nation confirms receipt", DateOnly.FromDateTime(_h.Clock.GetUtcNow().UtcDateTime).AddDays(30));

        var assigned = Assert.Single(await _h.OutboxAsync(EmailKind.ActionAssigned));
        Assert.Equal(PlanningHarness.Member, assigned.ToAddress);
        Assert.Equal($"Action {reference} assigned to you", assigned.Subject);
        var text = Parse(assigned).TextBody;
        Assert.Contains("Circulate the revised survey to the four nations", text);
        Assert.Contains("Each nation confirms receipt", text);

        await using (var db = _h.Open())
        {
            var action = await db.Actions.AsNoTracking().SingleAsync(a => a.Sequence > 0 && a.Description == "Circulate the revised survey to the four nations");
            var helen = await _h.Database.PersonIdAsync(PlanningHarness.PermanentCoChair);
            await register.CorrectAsync(action.Id, new ActionCorrection(action.Description, helen, string.Empty, action.DueOn, string.Empty, action.Status,
                "Helen leads on the survey now"));
        }
        var all = await _h.OutboxAsync(EmailKind.ActionAssigned);
        Assert.Equal(2, all.Count);
        Assert.Equal(PlanningHarness.PermanentCoChair, all[1].ToAddress);
    }

    private async Task<(MeetingId Meeting, BoardRoom.Core.Agendas.AgendaItemId Item)> StartedMeetingWithPublicItemAsync()
    {
        var meeting = await _h.NextMeetingAsync();
        await _h.ApproveAgendaAsync(meeting.Id);
        await using var db = _h.Open();
        var tracked = await db.Meetings.Include(m => m.AgendaItems).SingleAsync(m => m.Id == meeting.Id);
        tracked.Start(_h.Clock.GetUtcNow(), confirmedOffSchedule: true);
        await db.SaveChangesAsync();
        return (tracked.Id, tracked.AgendaItems.Where(i => !i.IsReserved).OrderBy(i => i.Position).First().Id);
    }

    private async Task<string> FeedAsync()
    {
        var priya = await _h.Database.PersonIdAsync(PlanningHarness.Secretariat);
        var feed = await _h.Services.GetRequiredService<BoardRoom.App.Features.Calendar.CalendarFeedBuilder>()
            .ForBoardAsync(priya, PlanningHarness.Board, new Uri(PublicBase + "/"));
        return feed.Value!.Text;
    }

    private sealed record MembershipIdAndEmail(BoardRoom.Core.Boards.MembershipId Id, string Email);

    private static async Task<MembershipIdAndEmail> SeatAsync(BoardRoomDbContext db, BoardRoom.Core.Boards.MembershipId id)
    {
        var seat = await db.Memberships.AsNoTracking().SingleAsync(m => m.Id == id);
        return new(id, await db.People.Where(p => p.Id == seat.PersonId).Select(p => p.Email).SingleAsync());
    }

    private async Task<IReadOnlyList<BoardRoom.Core.People.PersonId>> CoChairIdsAsync(MeetingId meetingId)
    {
        await using var db = _h.Open();
        var meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meetingId);
        var board = await db.Boards.Include(b => b.Members).AsNoTracking().SingleAsync(b => b.Id == meeting.BoardId);
        return board.CoChairsOf(meeting).Select(c => c.PersonId).ToList();
    }
}
