using BoardRoom.App.Data;
using BoardRoom.App.Features.Administration;
using BoardRoom.App.Features.MeetingRun;
using BoardRoom.App.Features.Registers;
using BoardRoom.Core.Common;
using BoardRoom.Core.Decisions;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.MeetingRun;

/// <summary>Recording a decision while the live meeting is not quorate, over the app's real services and database.</summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
public sealed class InquorateDecisionRecordingTests : BoardRoomComponentTest
{
    private async Task<(MeetingId Meeting, BoardRoom.Core.Agendas.AgendaItemId Item)> StartWithOnlyTheChairPresentAsync()
    {
        await SignInAsAsync("helen.marsh@rdfb.example", "Helen Marsh");
        MeetingId meeting;
        await using (var db = Database.Open())
        {
            var board = await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug);
            meeting = (await db.Meetings.Where(m => m.BoardId == board.Id && m.Status == MeetingStatus.Scheduled).ToListAsync()).MinBy(m => m.StartsAt)!.Id;
        }
        var run = Services.GetRequiredService<MeetingRunService>();
        await run.StartAsync(meeting, confirmedOffSchedule: true);
        await run.RecordAttendanceAsync(meeting, await Database.PersonIdAsync("helen.marsh@rdfb.example"), AttendanceStatus.Present);
        var live = (await run.GetAsync(meeting.ToString())).Value!;
        Assert.False(live.Quorum.IsQuorate);
        return (meeting, live.CurrentItemId!.Value);
    }

    private async Task SetRuleAsync(bool allowed)
    {
        await using var db = Database.Open();
        var board = await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug);
        board.SetInquorateDecisionRule(allowed);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task ByDefault_ADecisionWhileNotQuorate_IsRefused_AndNothingIsRecorded()
    {
        var (meeting, item) = await StartWithOnlyTheChairPresentAsync();
        var register = Services.GetRequiredService<DecisionRegister>();
        await using var db = Database.Open();
        var before = await db.Decisions.CountAsync();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => register.RecordAsync(meeting, item, "Approve the data set.", DecisionMethod.Consensus, 0, 0, 0));

        Assert.Contains("No decision can be recorded until the meeting is quorate", error.Message);
        Assert.Equal(before, await db.Decisions.CountAsync());
    }

    [Fact]
    public async Task WhereTheBoardAllowsIt_TheDecisionIsMarkedToBeRatified_OnTheRunPageAndInTheRegister()
    {
        await SetRuleAsync(true);
        var (meeting, item) = await StartWithOnlyTheChairPresentAsync();
        var register = Services.GetRequiredService<DecisionRegister>();

        var reference = await register.RecordAsync(meeting, item, "Approve the data set.", DecisionMethod.Consensus, 0, 0, 0);

        var live = (await Services.GetRequiredService<MeetingRunService>().GetAsync(meeting.ToString())).Value!;
        Assert.Equal("By consensus; taken inquorate, to be ratified", live.Decisions.Single(d => d.Reference == reference).HowDecided);
        var row = (await register.SearchAsync(new DecisionQuery())).Single(r => r.Reference == reference);
        Assert.Contains("taken inquorate, to be ratified", row.HowDecided);
        await using var db = Database.Open();
        Assert.True((await db.Decisions.SingleAsync(d => d.MeetingId == meeting)).TakenInquorate);
    }

    [Fact]
    public async Task TheSecretariatSetsTheRule_OnItsOwn_LeavingTheOtherRulesAlone()
    {
        await SignInAsAsync("priya.raman@rdfb.example", "Priya Raman");
        var rules = Services.GetRequiredService<BoardRules>();

        await rules.SetInquorateDecisionRuleAsync(DemoSeeder.RareDiseasesSlug, true);
        await rules.SetAgendaApprovalRuleAsync(DemoSeeder.RareDiseasesSlug, true);

        await using var db = Database.Open();
        var board = await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug);
        Assert.True(board.AllowsInquorateDecisions);
        Assert.True(board.AgendaNeedsBothCoChairs);
        Assert.False(board.RequiresTwoFactorForOfficers);
    }
}
