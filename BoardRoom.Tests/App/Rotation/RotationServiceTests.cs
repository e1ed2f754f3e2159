using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Administration;
using BoardRoom.App.Features.Rotation;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Rotation;
using BoardRoom.Tests.App.Administration;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Rotation;

public sealed class RotationServiceTests : IAsyncLifetime
{
    private PlanningHarness _h = null!;
    private List<(Meeting Meeting, Nation? Nation)> _planned = [];

    public async Task InitializeAsync()
    {
        _h = await PlanningHarness.CreateAsync();
        var seriesAdmin = await _h.AsAsync<SeriesAdministration>(PlanningHarness.Secretariat);
        await using (var db = _h.Open())
        {
            var series = await db.MeetingSeries.Where(s => s.Name == "Delivery Group").Select(s => s.Id).SingleAsync();
            await seriesAdmin.GenerateMeetingsAsync(PlanningHarness.Board, series, 12);
        }
        _planned = await PlannedAsync();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<List<(Meeting Meeting, Nation? Nation)>> PlannedAsync() =>
        (await _h.ScheduleAsync()).Where(x => x.Meeting.Status == MeetingStatus.Scheduled).ToList();

    private async Task<MembershipId> CoChairOfAsync(Nation nation)
    {
        await using var db = _h.Open();
        return await db.Memberships.Where(m => m.Nation == nation && m.Role == BoardRole.CoChair).Select(m => m.Id).SingleAsync();
    }

    [Fact]
    public async Task Swap_ExchangesExactlyTwoCoChairs_LogsWhoAndWhy_AndSurvivesReplanning()
    {
        var rotation = await _h.AsAsync<RotationService>(PlanningHarness.Secretariat);
        var (a, b) = (_planned[1], _planned[2]);
        var logBefore = await _h.ChangeLogCountAsync();

        await rotation.SwapAsync(PlanningHarness.Board, a.Meeting.Id, b.Meeting.Id, "Ministerial visit clashes with the first date");

        var after = (await PlannedAsync()).ToDictionary(x => x.Meeting.Id);
        Assert.Equal(b.Nation, after[a.Meeting.Id].Nation);
        Assert.Equal(a.Nation, after[b.Meeting.Id].Nation);
        Assert.All(_planned.Except([a, b]), x => Assert.Equal(x.Nation, after[x.Meeting.Id].Nation));
        await using (var db = _h.Open())
        {
            var log = await db.RotationChanges.OrderBy(c => c.At).Skip(logBefore).ToListAsync();
            Assert.Equal(2, log.Count);
            Assert.All(log, c => Assert.Equal(RotationChangeKind.Swapped, c.Kind));
            Assert.All(log, c => Assert.Equal("Ministerial visit clashes with the first date", c.Reason));
            Assert.Equal(2, await db.RotationPins.CountAsync());
        }

        // Cancelling an unrelated later meeting re-plans, but the swap holds.
        var scheduling = await _h.AsAsync<MeetingScheduling>(PlanningHarness.Secretariat);
        await scheduling.CancelMeetingAsync(PlanningHarness.Board, _planned[^1].Meeting.Id, "Diary clash");
        var replanned = (await PlannedAsync()).ToDictionary(x => x.Meeting.Id);
        Assert.Equal(b.Nation, replanned[a.Meeting.Id].Nation);
        Assert.Equal(a.Nation, replanned[b.Meeting.Id].Nation);
    }

    [Fact]
    public async Task SwapWithAnotherBoardsMeeting_IsRefusedClearly_AndChangesNothing()
    {
        var rotation = await _h.AsAsync<RotationService>(PlanningHarness.Secretariat);
        var panel = (await _h.ScheduleAsync(DemoSeederSlugs.Screening)).Single().Meeting;
        var logBefore = await _h.ChangeLogCountAsync();

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            rotation.SwapAsync(PlanningHarness.Board, _planned[1].Meeting.Id, panel.Id, "Trying it on"));

        Assert.Equal("That meeting is not one of this board's meetings.", refused.Message);
        Assert.Equal(logBefore, await _h.ChangeLogCountAsync());
        await using var db = _h.Open();
        Assert.Equal(0, await db.RotationPins.CountAsync());
    }

    [Fact]
    public async Task SwapWithoutAReason_OrWithAHeldMeeting_IsRefused()
    {
        var rotation = await _h.AsAsync<RotationService>(PlanningHarness.Secretariat);
        var held = (await _h.ScheduleAsync()).Single(x => x.Meeting.Status == MeetingStatus.Closed).Meeting;

        var noReason = await Assert.ThrowsAsync<DomainRuleException>(() => rotation.SwapAsync(PlanningHarness.Board, _planned[1].Meeting.Id, _planned[2].Meeting.Id, " "));
        var heldRefused = await Assert.ThrowsAsync<DomainRuleException>(() => rotation.SwapAsync(PlanningHarness.Board, held.Id, _planned[2].Meeting.Id, "Why not"));

        Assert.Contains("reason", noReason.Message);
        Assert.Contains("has started or been held", heldRefused.Message);
    }

    [Fact]
    public async Task SwapByAMember_IsRefused()
    {
        var rotation = await _h.AsAsync<RotationService>(PlanningHarness.Member);

        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() =>
            rotation.SwapAsync(PlanningHarness.Board, _planned[1].Meeting.Id, _planned[2].Meeting.Id, "I prefer it"));

        Assert.Equal(BoardGate.NotSecretariat, refused.Message);
        Assert.Equal(_planned.Select(x => x.Nation), (await PlannedAsync()).Select(x => x.Nation));
    }

    [Fact]
    public async Task Unavailability_PassesTheTurnOn_AndTheNationIsRepaidAtTheNextMeeting()
    {
        var rotation = await _h.AsAsync<RotationService>(PlanningHarness.Secretariat);
        var target = _planned[1];
        var away = await CoChairOfAsync(target.Nation!.Value);

        await rotation.MarkUnavailableAsync(PlanningHarness.Board, target.Meeting.Id, away, "Leave");

        var after = (await PlannedAsync()).ToDictionary(x => x.Meeting.Id);
        Assert.Equal(_planned[2].Nation, after[target.Meeting.Id].Nation);
        Assert.Equal(target.Nation, after[_planned[2].Meeting.Id].Nation);
        Assert.Equal(_planned[3].Nation, after[_planned[3].Meeting.Id].Nation);
        var view = await rotation.GetAsync(PlanningHarness.Board);
        var line = view.Value!.Schedule.Single(l => l.MeetingId == target.Meeting.Id);
        Assert.Equal(RotationOutcome.PassedOn, line.Outcome);
        Assert.Equal([target.Nation!.Value], line.PassedOver);
        Assert.Equal(RotationOutcome.OwedTurn, view.Value.Schedule.Single(l => l.MeetingId == _planned[2].Meeting.Id).Outcome);

        await rotation.ClearUnavailableAsync(PlanningHarness.Board, target.Meeting.Id, away);
        Assert.Equal(_planned.Select(x => x.Nation), (await PlannedAsync()).Select(x => x.Nation));
    }

    [Fact]
    public async Task ARotatingCoChair_MayRecordTheirOwnUnavailability_ButNotAnothers()
    {
        var siobhan = await _h.AsAsync<RotationService>("siobhan.doherty@rdfb.example");
        var ni = await CoChairOfAsync(Nation.NorthernIreland);
        var wales = await CoChairOfAsync(Nation.Wales);
        var meeting = _planned.First(x => x.Nation == Nation.NorthernIreland).Meeting;

        await siobhan.MarkUnavailableAsync(PlanningHarness.Board, meeting.Id, ni, "Assembly recall");
        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => siobhan.MarkUnavailableAsync(PlanningHarness.Board, meeting.Id, wales, "Guessing"));

        Assert.Contains("co-chair themselves", refused.Message);
        Assert.NotEqual(Nation.NorthernIreland, (await PlannedAsync()).Single(x => x.Meeting.Id == meeting.Id).Nation);
    }

    [Fact]
    public async Task ChoosingByHand_PinsTheMeeting_AndTheJumpedNationsAreOwed()
    {
        var rotation = await _h.AsAsync<RotationService>(PlanningHarness.Secretariat);
        var target = _planned[1];
        var chosenNation = _planned[3].Nation!.Value;

        await rotation.ChooseAsync(PlanningHarness.Board, target.Meeting.Id, await CoChairOfAsync(chosenNation), "Hosting in Belfast or Cardiff");

        var view = (await rotation.GetAsync(PlanningHarness.Board)).Value!;
        var line = view.Schedule.Single(l => l.MeetingId == target.Meeting.Id);
        Assert.Equal(chosenNation, line.Nation);
        Assert.True(line.IsPinned);
        Assert.Equal(RotationOutcome.OwedTurn, view.Schedule.Single(l => l.MeetingId == _planned[2].Meeting.Id).Outcome);
        var log = view.Log[0];
        Assert.Equal(RotationChangeKind.Chosen, view.Log.Single(l => l.Kind == RotationChangeKind.Chosen).Kind);
        Assert.Equal("Priya Raman", log.By);
    }

    [Fact]
    public async Task AsMeetingsBecomeHistory_NothingAfterThemIsReplanned()
    {
        var rotation = await _h.AsAsync<RotationService>(PlanningHarness.Secretariat);
        await rotation.SwapAsync(PlanningHarness.Board, _planned[2].Meeting.Id, _planned[3].Meeting.Id, "Diary clash");
        var before = (await PlannedAsync()).Select(x => x.Nation).ToList();

        // Two meetings go by unheld (nobody pressed start): they count as held with the co-chair they had.
        _h.Clock.Now = _planned[1].Meeting.StartsAt.AddHours(3);
        var scheduling = await _h.AsAsync<MeetingScheduling>(PlanningHarness.Secretariat);
        await scheduling.CancelMeetingAsync(PlanningHarness.Board, _planned[^1].Meeting.Id, "End of the programme year");

        var after = (await _h.ScheduleAsync()).Where(x => x.Meeting.Status == MeetingStatus.Scheduled && x.Meeting.Id != _planned[^1].Meeting.Id)
            .Select(x => x.Nation).ToList();
        Assert.Equal(before.Take(before.Count - 1), after);
        var view = (await rotation.GetAsync(PlanningHarness.Board)).Value!;
        Assert.Equal(RotationOutcome.Held, view.Schedule.Single(l => l.MeetingId == _planned[1].Meeting.Id).Outcome);
        Assert.Equal(RotationOutcome.Pinned, view.Schedule.Single(l => l.MeetingId == _planned[2].Meeting.Id).Outcome);
    }

    [Fact]
    public async Task WhenEveryRotatingCoChairIsAway_TheMeetingHasNone_AndSaysWhy()
    {
        var rotation = await _h.AsAsync<RotationService>(PlanningHarness.Secretariat);
        var target = _planned[2].Meeting;
        foreach (var nation in Enum.GetValues<Nation>())
        {
            await rotation.MarkUnavailableAsync(PlanningHarness.Board, target.Id, await CoChairOfAsync(nation), "Joint ministerial council");
        }

        var line = (await rotation.GetAsync(PlanningHarness.Board)).Value!.Schedule.Single(l => l.MeetingId == target.Id);

        Assert.Equal(RotationOutcome.Unassigned, line.Outcome);
        Assert.Null(line.CoChairId);
        Assert.Equal("Every rotating co-chair is unavailable for this meeting.", line.Note);
        Assert.Equal(4, line.Unavailable.Count);
        await using var db = _h.Open();
        Assert.Null((await db.Meetings.SingleAsync(m => m.Id == target.Id)).RotatingCoChairId);
    }

    [Fact]
    public async Task RotationPage_ShowsMembersTheScheduleTallyAndLog_AndForbidsOtherBoards()
    {
        var member = await _h.AsAsync<RotationService>(PlanningHarness.Member);
        var outsider = await _h.AsAsync<RotationService>("laura.finch@nsap.example");

        var view = await member.GetAsync(PlanningHarness.Board);
        var refused = await outsider.GetAsync(PlanningHarness.Board);

        Assert.True(view.IsAllowed);
        Assert.False(view.Value!.MayAdminister);
        Assert.Equal(4, view.Value.Pool.Count);
        Assert.Equal(4, view.Value.Tally.Count);
        Assert.True(view.Value.Tally.Max(t => t.Total) - view.Value.Tally.Min(t => t.Total) <= 1);
        Assert.NotEmpty(view.Value.Log);
        Assert.Equal(AccessOutcome.Forbidden, refused.Outcome);
    }
}

internal static class DemoSeederSlugs
{
    public const string Screening = BoardRoom.App.Data.DemoSeeder.NewbornScreeningSlug;
}
