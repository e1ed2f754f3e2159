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

    [Fact]
    public async Task ACoChair_StartsTheMeeting_AndNextItemMovesTheCurrentItem()
    {
        var meeting = await NextMeetingAsync();
        await SignInAsAsync("helen.marsh@rdfb.example", "Helen Marsh");

        var page = Render<RunMeeting>(p => p.Add(x => x.Id, meeting.ToString()));
        page.WaitForElement("[data-testid=start-meeting]").Click();
        page.WaitForElement("[data-testid=next-item]").Click();

        page.WaitForAssertion(() => Assert.Contains("Declarations of interest", page.Find(".br-run-current").TextContent));
        await using var db = Database.Open();
        var stored = await db.Meetings.Include(m => m.AgendaItems).SingleAsync(m => m.Id == meeting);
        Assert.Equal(MeetingStatus.InProgress, stored.Status);
        Assert.Equal("Declarations of interest", stored.AgendaItems.Single(i => i.Id == stored.CurrentItemId).Title);
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

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => run.StartAsync(meeting));
        Assert.Equal(MeetingRunService.NotAllowedToRun, error.Message);
    }

    [Fact]
    public async Task AMembersCraftedCommands_AreRefusedOnTheServer_AndChangeNothing()
    {
        var meeting = await NextMeetingAsync();
        await SignInAsAsync("aisha.rahman@rdfb.example", "Aisha Rahman");
        var run = Services.GetRequiredService<MeetingRunService>();
        var aisha = await Database.PersonIdAsync("aisha.rahman@rdfb.example");

        await Assert.ThrowsAsync<DomainRuleException>(() => run.StartAsync(meeting));
        await Assert.ThrowsAsync<DomainRuleException>(() => run.RecordAttendanceAsync(meeting, aisha, AttendanceStatus.Present));
        await Assert.ThrowsAsync<DomainRuleException>(() => run.AddGuestAsync(meeting, "Gate crasher", ""));

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

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => decisions.RecordAsync(meeting, item, "We decided.", DecisionMethod.Consensus, 0, 0, 0));

        Assert.Contains("Only members who take this board's minutes", error.Message);
        Assert.Equal(0, await db.Decisions.CountAsync());
    }

    [Fact]
    public async Task Decisions_AreNumberedInTurn_AndExportedAsCsv()
    {
        var meeting = await NextMeetingAsync();
        await SignInAsAsync("priya.raman@rdfb.example", "Priya Raman");
        var decisions = Services.GetRequiredService<DecisionRegister>();
        await using var db = Database.Open();
        var item = (await db.AgendaItems.FirstAsync(i => i.MeetingId == meeting)).Id;

        var first = await decisions.RecordAsync(meeting, item, "Agree the registry, \"minimum\" data set.", DecisionMethod.Consensus, 0, 0, 0);
        var second = await decisions.RecordAsync(meeting, item, "=HYPERLINK(\"x\")", DecisionMethod.Vote, 10, 1, 0);
        var csv = await decisions.CsvAsync(new DecisionQuery());

        Assert.EndsWith("-01", first);
        Assert.EndsWith("-02", second);
        Assert.Contains("\"Agree the registry, \"\"minimum\"\" data set.\"", csv);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", csv);
        Assert.Equal(3, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
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

        Assert.Equal(["Circulate the survey report"], mine.Select(a => a.Description));
        Assert.Equal(["Circulate the survey report"], overdue.Select(a => a.Description));
        Assert.Equal(2, review.Count);
        Assert.Contains(review, a => a.IsOverdue && a.Owner == "Aisha Rahman");
    }
}
