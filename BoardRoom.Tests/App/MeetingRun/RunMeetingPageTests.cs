using System.Globalization;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Components.Pages.Meetings;
using BoardRoom.App.Features.MeetingRun;
using BoardRoom.App.Features.Registers;
using BoardRoom.Core.Common;
using BoardRoom.Core.Decisions;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BoardRoom.Tests.App.MeetingRun;

/// <summary>The run-mode controls over the app's real services and a real seeded SQLite file.</summary>
public sealed class RunMeetingPageTests : BoardRoomComponentTest
{
    private async Task<MeetingId> NextMeetingAsync()
    {
        await using var db = Database.Open();
        var board = await db.Boards.SingleAsync(b => b.Slug == "uk-rare-diseases");
        return (await db.Meetings.Where(m => m.BoardId == board.Id).ToListAsync()).MaxBy(m => m.StartsAt)!.Id;
    }

    /// <summary>Moves the meeting so that it is scheduled <paramref name="fromNow"/> from now.</summary>
    private async Task MoveAsync(MeetingId meeting, TimeSpan fromNow)
    {
        await using var db = Database.Open();
        var stored = await db.Meetings.SingleAsync(m => m.Id == meeting);
        stored.Reschedule(DateTimeOffset.UtcNow + fromNow, stored.Length);
        await db.SaveChangesAsync();
    }

    /// <summary>Clicks start, confirming when the page asks (the demo's next meeting is usually weeks away).</summary>
    private static void Start(IRenderedComponent<MudDialogProvider> dialogs, IRenderedComponent<RunMeeting> page)
    {
        page.WaitForElement("[data-testid=start-meeting]").Click();
        page.WaitForAssertion(() => Assert.True(page.FindAll("[data-testid=next-item]").Count > 0 || dialogs.FindAll("[data-testid=confirm-ok]").Count > 0));
        if (dialogs.FindAll("[data-testid=confirm-ok]").Count > 0)
        {
            dialogs.Find("[data-testid=confirm-ok]").Click();
        }
        page.WaitForElement("[data-testid=next-item]");
    }

    [Fact]
    public async Task StartingAMeetingWeeksEarly_AsksFirst_SayingWhenItIsScheduled_AndCancellingLeavesItScheduled()
    {
        var meeting = await NextMeetingAsync();
        await MoveAsync(meeting, TimeSpan.FromDays(20));
        await SignInAsAsync("helen.marsh@rdfb.example", "Helen Marsh");
        var dialogs = Render<MudDialogProvider>();
        var page = Render<RunMeeting>(p => p.Add(x => x.Id, meeting.ToString()));

        page.WaitForElement("[data-testid=start-meeting]").Click();

        dialogs.WaitForAssertion(() => Assert.Matches(
            @"^This meeting is scheduled for \w+day \d{1,2} \w+ \d{4}, \d\d:\d\d \(UK time\); starting it now records it as held today\.$",
            dialogs.Find("[data-testid=confirm-message]").TextContent.Trim()));
        dialogs.Find("[data-testid=confirm-cancel]").Click();
        page.WaitForElement("[data-testid=start-meeting]");
        await using (var db = Database.Open())
        {
            Assert.Equal(MeetingStatus.Scheduled, (await db.Meetings.SingleAsync(m => m.Id == meeting)).Status);
        }

        page.Find("[data-testid=start-meeting]").Click();
        dialogs.WaitForElement("[data-testid=confirm-ok]").Click();
        page.WaitForElement("[data-testid=next-item]");
        await using var check = Database.Open();
        var started = await check.Meetings.SingleAsync(m => m.Id == meeting);
        Assert.Equal(MeetingStatus.InProgress, started.Status);
        Assert.Equal(DateTimeOffset.UtcNow.Date, started.HeldAt.UtcDateTime.Date);
    }

    [Fact]
    public async Task StartingAMeetingWithinTheHour_DoesNotAsk()
    {
        var meeting = await NextMeetingAsync();
        await MoveAsync(meeting, TimeSpan.FromMinutes(30));
        await SignInAsAsync("helen.marsh@rdfb.example", "Helen Marsh");
        var dialogs = Render<MudDialogProvider>();
        var page = Render<RunMeeting>(p => p.Add(x => x.Id, meeting.ToString()));

        page.WaitForElement("[data-testid=start-meeting]").Click();

        page.WaitForElement("[data-testid=next-item]");
        Assert.Empty(dialogs.FindAll("[data-testid=confirm-dialog]"));
    }

    [Fact]
    public async Task AStartFarFromTheScheduleWithoutConfirmation_IsRefusedOnTheServer()
    {
        var meeting = await NextMeetingAsync();
        await MoveAsync(meeting, TimeSpan.FromDays(-3));
        await SignInAsAsync("helen.marsh@rdfb.example", "Helen Marsh");
        var run = Services.GetRequiredService<MeetingRunService>();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => run.StartAsync(meeting));

        Assert.Contains("starting it now records it as held today", error.Message);
        await using var db = Database.Open();
        Assert.Equal(MeetingStatus.Scheduled, (await db.Meetings.SingleAsync(m => m.Id == meeting)).Status);
    }

    [Fact]
    public async Task ACoChair_StartsTheMeeting_AndNextItemMovesTheCurrentItem()
    {
        var meeting = await NextMeetingAsync();
        await SignInAsAsync("helen.marsh@rdfb.example", "Helen Marsh");

        var dialogs = Render<MudDialogProvider>();
        var page = Render<RunMeeting>(p => p.Add(x => x.Id, meeting.ToString()));
        Start(dialogs, page);
        page.WaitForElement("[data-testid=next-item]").Click();

        page.WaitForAssertion(() => Assert.Contains("Declarations of interest", page.Find(".br-run-current").TextContent));
        await using var db = Database.Open();
        var stored = await db.Meetings.Include(m => m.AgendaItems).SingleAsync(m => m.Id == meeting);
        Assert.Equal(MeetingStatus.InProgress, stored.Status);
        Assert.Equal("Declarations of interest", stored.AgendaItems.Single(i => i.Id == stored.CurrentItemId).Title);
    }

    [Fact]
    public async Task ACoChair_CarriesAnItemNotReachedToTheNextMeeting_AndTheRunPageSaysWhere()
    {
        var meeting = await NextMeetingAsync();
        string title;
        await using (var db = Database.Open())
        {
            var stored = await db.Meetings.Include(m => m.AgendaItems).SingleAsync(m => m.Id == meeting);
            title = stored.AgendaItems.First(i => !i.IsStanding && !i.IsReserved).Title;
            db.Meetings.Add(Meeting.Schedule(stored.BoardId, stored.SeriesId, stored.Number + 1, $"Delivery Group meeting {stored.Number + 1}",
                stored.StartsAt.AddDays(42), stored.Length, stored.Venue, stored.OnlineLink));
            await db.SaveChangesAsync();
        }
        await SignInAsAsync("helen.marsh@rdfb.example", "Helen Marsh");
        var dialogs = Render<MudDialogProvider>();
        var page = Render<RunMeeting>(p => p.Add(x => x.Id, meeting.ToString()));
        Start(dialogs, page);

        page.WaitForElement($"button[aria-label='Carry {title} forward to the next meeting']").Click();

        page.WaitForAssertion(() => Assert.Contains("Carried to meeting", page.Find("[data-testid=carried-to]").TextContent));
        Assert.Empty(page.FindAll($"button[aria-label='Carry {title} forward to the next meeting']"));
        await using var check = Database.Open();
        var later = await check.Meetings.Include(m => m.AgendaItems).OrderByDescending(m => m.StartsAt).FirstAsync();
        var carried = Assert.Single(later.AgendaItems, i => i.CarriedFromId != null);
        Assert.Equal(title, carried.Title);
        Assert.Contains($"meeting {later.Number}", page.Find("[data-testid=carried-to]").TextContent);
    }

    [Fact]
    public async Task CarryingForwardWithNoLaterMeeting_IsRefusedWithWhatToDo()
    {
        var meeting = await NextMeetingAsync();
        await SignInAsAsync("helen.marsh@rdfb.example", "Helen Marsh");
        var dialogs = Render<MudDialogProvider>();
        var page = Render<RunMeeting>(p => p.Add(x => x.Id, meeting.ToString()));
        Start(dialogs, page);

        page.WaitForElement("[data-testid=run-carry-forward]").Click();

        page.WaitForAssertion(() => Assert.Contains("generate the next meetings first", page.Find("[data-testid=run-error]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=carried-to]"));
    }

    [Fact]
    public async Task AMember_GetsNoControls_AndIsToldWhy()
    {
        var meeting = await NextMeetingAsync();
        await SignInAsAsync("aisha.rahman@rdfb.example", "Aisha Rahman");

        var page = Render<RunMeeting>(p => p.Add(x => x.Id, meeting.ToString()));

        page.WaitForAssertion(() => Assert.Contains(MeetingRunService.NotAllowedToRun, page.Find("[data-testid=access-problem]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=start-meeting]"));
    }

    [Fact]
    public async Task ARotatingCoChairOfAnotherMeeting_MayNotRunThisOne()
    {
        var meeting = await NextMeetingAsync();
        await using (var db = Database.Open())
        {
            var stored = await db.Meetings.SingleAsync(m => m.Id == meeting);
            var board = await db.Boards.Include(b => b.Members).SingleAsync(b => b.Id == stored.BoardId);
            var people = await db.People.ToDictionaryAsync(p => p.Id, p => p.FullName);
            var other = board.RotatingCoChairs.First(c => c.Id != stored.RotatingCoChairId);
            await SignInAsAsync((await db.People.SingleAsync(p => p.Id == other.PersonId)).Email, people[other.PersonId]);
        }

        var run = Services.GetRequiredService<MeetingRunService>();

        var error = await Assert.ThrowsAsync<AccessDeniedException>(() => run.StartAsync(meeting));
        Assert.Equal(MeetingRunService.NotAllowedToRun, error.Message);
    }

    [Fact]
    public async Task AMembersCraftedCommands_AreRefusedOnTheServer_AndChangeNothing()
    {
        var meeting = await NextMeetingAsync();
        await SignInAsAsync("aisha.rahman@rdfb.example", "Aisha Rahman");
        var run = Services.GetRequiredService<MeetingRunService>();
        var aisha = await Database.PersonIdAsync("aisha.rahman@rdfb.example");

        await Assert.ThrowsAsync<AccessDeniedException>(() => run.StartAsync(meeting));
        await Assert.ThrowsAsync<AccessDeniedException>(() => run.RecordAttendanceAsync(meeting, aisha, AttendanceStatus.Present));
        await Assert.ThrowsAsync<AccessDeniedException>(() => run.AddGuestAsync(meeting, "Gate crasher", ""));

        await using var db = Database.Open();
        var stored = await db.Meetings.Include(m => m.Attendance).SingleAsync(m => m.Id == meeting);
        Assert.Equal(MeetingStatus.Scheduled, stored.Status);
        Assert.Empty(stored.Attendance);
    }

    [Fact]
    public async Task AnObserver_CannotRecordDecisions()
    {
        var meeting = await NextMeetingAsync();
        await SignInAsAsync("anna.schmidt@rdfb.example", "Anna Schmidt");
        var decisions = Services.GetRequiredService<DecisionRegister>();
        await using var db = Database.Open();
        var item = (await db.AgendaItems.FirstAsync(i => i.MeetingId == meeting)).Id;

        var before = await db.Decisions.CountAsync();

        var error = await Assert.ThrowsAsync<BoardRoom.App.Features.Access.AccessDeniedException>(() => decisions.RecordAsync(meeting, item, "We decided.", DecisionMethod.Consensus, 0, 0, 0));

        Assert.Contains("Only members who take this board's minutes", error.Message);
        Assert.Equal(before, await db.Decisions.CountAsync());
    }

    [Fact]
    public async Task Decisions_AreNumberedInTurn_AndExportedAsCsv()
    {
        var meeting = await NextMeetingAsync();
        await SignInAsAsync("priya.raman@rdfb.example", "Priya Raman");
        var decisions = Services.GetRequiredService<DecisionRegister>();
        await using var db = Database.Open();
        var item = (await db.AgendaItems.FirstAsync(i => i.MeetingId == meeting)).Id;

        var existing = (await decisions.SearchAsync(new DecisionQuery())).Count;

        var first = await decisions.RecordAsync(meeting, item, "Agree the registry, \"minimum\" data set.", DecisionMethod.Consensus, 0, 0, 0);
        var second = await decisions.RecordAsync(meeting, item, "=HYPERLINK(\"x\")", DecisionMethod.Vote, 10, 1, 0);
        var csv = await decisions.CsvAsync(new DecisionQuery());

        Assert.Equal(int.Parse(first[^2..], CultureInfo.InvariantCulture) + 1, int.Parse(second[^2..], CultureInfo.InvariantCulture));
        Assert.Equal(first[..^2], second[..^2]);
        Assert.Contains("\"Agree the registry, \"\"minimum\"\" data set.\"", csv);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", csv);
        Assert.Equal(existing + 3, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task TheActionRegister_FiltersMineAndOverdue_AndTheNextMeetingsReviewListsOpenActions()
    {
        await using var db = Database.Open();
        var board = await db.Boards.SingleAsync(b => b.Slug == "uk-rare-diseases");
        var meetings = (await db.Meetings.Where(m => m.BoardId == board.Id).Include(m => m.AgendaItems).ToListAsync()).OrderBy(m => m.StartsAt).ToList();
        var (past, next) = (meetings[0], meetings[1]);
        var aisha = await Database.PersonIdAsync("aisha.rahman@rdfb.example");
        var grace = await Database.PersonIdAsync("grace.okafor@rdfb.example");
        // Agreed at the past meeting: one for Aisha due weeks ago (agreed earlier still), one for Grace not yet due.
        var longAgo = DateTimeOffset.UtcNow.AddDays(-30);
        await using (var write = Database.Open())
        {
            write.Actions.Add(BoardRoom.Core.Actions.ActionItem.Agree(past, past.AgendaItems[4].Id, 90, "Circulate the survey report", aisha, "", "Report sent to all members",
                DateOnly.FromDateTime(longAgo.UtcDateTime).AddDays(7), longAgo));
            write.Actions.Add(BoardRoom.Core.Actions.ActionItem.Agree(past, past.AgendaItems[5].Id, 91, "Draft the pilot evaluation", grace, "", "Draft shared",
                DateOnly.FromDateTime(next.StartsAt.UtcDateTime).AddDays(60), past.StartsAt));
            await write.SaveChangesAsync();
        }
        await SignInAsAsync("aisha.rahman@rdfb.example", "Aisha Rahman");
        var register = Services.GetRequiredService<ActionRegister>();
        var run = Services.GetRequiredService<MeetingRunService>();

        var mine = await register.SearchAsync(new ActionQuery(MineOnly: true));
        var overdue = await register.SearchAsync(new ActionQuery(OverdueOnly: true));
        var review = (await run.GetAsync(next.Id.ToString())).Value!.OpenActionsForReview;

        Assert.Contains("Circulate the survey report", mine.Select(a => a.Description));
        Assert.All(mine, a => Assert.Equal("Aisha Rahman", a.Owner));
        Assert.Contains("Circulate the survey report", overdue.Select(a => a.Description));
        Assert.All(overdue, a => Assert.True(a.IsOverdue));
        Assert.DoesNotContain("Draft the pilot evaluation", overdue.Select(a => a.Description));
        Assert.Contains(review, a => a.Description == "Circulate the survey report" && a.IsOverdue && a.Owner == "Aisha Rahman");
        Assert.Contains(review, a => a.Description == "Draft the pilot evaluation" && !a.IsOverdue);
        Assert.All(review, a => Assert.True(a.Status is BoardRoom.Core.Actions.ActionStatus.Open or BoardRoom.Core.Actions.ActionStatus.InProgress));
    }
}
