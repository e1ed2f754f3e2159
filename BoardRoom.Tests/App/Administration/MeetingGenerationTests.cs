using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Administration;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Rotation;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Administration;

public sealed class MeetingGenerationTests : IAsyncLifetime
{
    private PlanningHarness _h = null!;

    public async Task InitializeAsync() => _h = await PlanningHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<MeetingSeriesId> DeliveryGroupAsync()
    {
        await using var db = _h.Open();
        return await db.MeetingSeries.Where(s => s.Name == "Delivery Group").Select(s => s.Id).SingleAsync();
    }

    [Fact]
    public async Task GeneratingAYearAhead_CreatesNumberedMeetings_EachWithTheNextNationInTurn()
    {
        var seriesAdmin = await _h.AsAsync<SeriesAdministration>(PlanningHarness.Secretariat);
        var before = await _h.ScheduleAsync();

        var created = await seriesAdmin.GenerateMeetingsAsync(PlanningHarness.Board, await DeliveryGroupAsync(), 12);

        var after = await _h.ScheduleAsync();
        Assert.InRange(created, 7, 9); // every six weeks, less the one already scheduled
        Assert.Equal(before.Count + created, after.Count);
        var delivery = after.Where(x => x.Meeting.SeriesId is not null).ToList();
        Assert.Equal(Enumerable.Range(delivery[0].Meeting.Number, delivery.Count), delivery.Select(x => x.Meeting.Number));
        Assert.All(delivery, x => Assert.NotNull(x.Nation));
        // Round-robin from the nation that chaired the held meeting: the seeded upcoming meeting keeps its co-chair.
        var order = Enum.GetValues<Nation>();
        for (var i = 1; i < delivery.Count; i++)
        {
            Assert.Equal(order[((int)delivery[i - 1].Nation!.Value + 1) % 4], delivery[i].Nation);
        }
        Assert.Equal(before.Single(x => x.Meeting.Status == MeetingStatus.Scheduled && x.Meeting.SeriesId is not null).Nation,
            delivery.Single(x => x.Meeting.Id == before.Single(b => b.Meeting.Status == MeetingStatus.Scheduled && b.Meeting.SeriesId is not null).Meeting.Id).Nation);
        Assert.All(delivery.Skip(2), x => Assert.Equal(new TimeOnly(10, 0), TimeOnly.FromDateTime(LondonTime.ToLocal(x.Meeting.StartsAt))));

        await using var db = _h.Open();
        var log = await db.RotationChanges.ToListAsync();
        Assert.Equal(created, log.Count(c => c.Kind == RotationChangeKind.Planned));
        var priya = await _h.Database.PersonIdAsync(PlanningHarness.Secretariat);
        Assert.All(log, c => Assert.Equal(priya, c.By));
    }

    [Fact]
    public async Task GeneratingTwice_CreatesNothingNew()
    {
        var seriesAdmin = await _h.AsAsync<SeriesAdministration>(PlanningHarness.Secretariat);
        var series = await DeliveryGroupAsync();
        await seriesAdmin.GenerateMeetingsAsync(PlanningHarness.Board, series, 6);

        Assert.Equal(0, await seriesAdmin.GenerateMeetingsAsync(PlanningHarness.Board, series, 6));
    }

    [Fact]
    public async Task ASkipDate_IsNotGenerated_AndNumberingRunsOnWithoutAGap()
    {
        var seriesAdmin = await _h.AsAsync<SeriesAdministration>(PlanningHarness.Secretariat);
        var seriesId = await DeliveryGroupAsync();
        await using (var db = _h.Open())
        {
            var series = await db.MeetingSeries.SingleAsync(s => s.Id == seriesId);
            var third = series.OccurrencesFrom(_h.Clock.GetUtcNow()).ElementAt(2);
            await seriesAdmin.AddSkipDateAsync(PlanningHarness.Board, seriesId, DateOnly.FromDateTime(LondonTime.ToLocal(third.StartsAt)), "Bank holiday");
        }

        await seriesAdmin.GenerateMeetingsAsync(PlanningHarness.Board, seriesId, 6);

        var delivery = (await _h.ScheduleAsync()).Where(x => x.Meeting.SeriesId == seriesId && x.Meeting.Status != MeetingStatus.Closed).ToList();
        var gaps = delivery.Zip(delivery.Skip(1), (a, b) => (b.Meeting.StartsAt - a.Meeting.StartsAt).TotalDays).ToList();
        Assert.Contains(gaps, g => g is > 80 and < 86); // twelve weeks across the skipped date
        Assert.Equal(Enumerable.Range(delivery[0].Meeting.Number, delivery.Count), delivery.Select(x => x.Meeting.Number));
    }

    [Fact]
    public async Task ASkipDateOnAGeneratedMeeting_CancelsIt_AndTheRotationMovesUp()
    {
        var seriesAdmin = await _h.AsAsync<SeriesAdministration>(PlanningHarness.Secretariat);
        var seriesId = await DeliveryGroupAsync();
        await seriesAdmin.GenerateMeetingsAsync(PlanningHarness.Board, seriesId, 6);
        var before = (await _h.ScheduleAsync()).Where(x => x.Meeting.Status == MeetingStatus.Scheduled && x.Meeting.SeriesId == seriesId).ToList();

        var cancelled = await seriesAdmin.AddSkipDateAsync(PlanningHarness.Board, seriesId, DateOnly.FromDateTime(LondonTime.ToLocal(before[1].Meeting.StartsAt)), "Recess");

        Assert.Equal(before[1].Meeting.Id, cancelled);
        var after = (await _h.ScheduleAsync()).ToDictionary(x => x.Meeting.Id);
        Assert.Equal(MeetingStatus.Cancelled, after[before[1].Meeting.Id].Meeting.Status);
        Assert.Null(after[before[1].Meeting.Id].Nation);
        Assert.Equal(before[1].Nation, after[before[2].Meeting.Id].Nation);
    }

    [Fact]
    public async Task CancellingAMeeting_ReplansTheOnesAfter_AndLeavesTheHeldMeetingAlone()
    {
        var scheduling = await _h.AsAsync<MeetingScheduling>(PlanningHarness.Secretariat);
        var seriesAdmin = await _h.AsAsync<SeriesAdministration>(PlanningHarness.Secretariat);
        await seriesAdmin.GenerateMeetingsAsync(PlanningHarness.Board, await DeliveryGroupAsync(), 6);
        var before = await _h.ScheduleAsync();
        var held = before.Single(x => x.Meeting.Status == MeetingStatus.Closed);
        var planned = before.Where(x => x.Meeting.Status == MeetingStatus.Scheduled && x.Meeting.SeriesId is not null).ToList();

        await scheduling.CancelMeetingAsync(PlanningHarness.Board, planned[0].Meeting.Id, "Clashes with the spending review");

        var after = (await _h.ScheduleAsync()).ToDictionary(x => x.Meeting.Id);
        Assert.Equal(held.Nation, after[held.Meeting.Id].Nation);
        Assert.Null(after[planned[0].Meeting.Id].Nation);
        for (var i = 1; i < planned.Count; i++)
        {
            Assert.Equal(planned[i - 1].Nation, after[planned[i].Meeting.Id].Nation);
        }
        await using var db = _h.Open();
        var cleared = await db.RotationChanges.SingleAsync(c => c.MeetingId == planned[0].Meeting.Id && c.Kind == RotationChangeKind.Cleared);
        Assert.Contains("Clashes with the spending review", cleared.Reason);
    }

    [Fact]
    public async Task MovingAMeetingAfterTheNext_SwapsTheirPlaceInTheRotation()
    {
        var scheduling = await _h.AsAsync<MeetingScheduling>(PlanningHarness.Secretariat);
        var seriesAdmin = await _h.AsAsync<SeriesAdministration>(PlanningHarness.Secretariat);
        await seriesAdmin.GenerateMeetingsAsync(PlanningHarness.Board, await DeliveryGroupAsync(), 6);
        var planned = (await _h.ScheduleAsync()).Where(x => x.Meeting.Status == MeetingStatus.Scheduled && x.Meeting.SeriesId is not null).ToList();
        var newDay = DateOnly.FromDateTime(LondonTime.ToLocal(planned[1].Meeting.StartsAt)).AddDays(1);

        await scheduling.MoveMeetingAsync(PlanningHarness.Board, planned[0].Meeting.Id, new MoveMeetingForm { Date = newDay, Start = new(14, 0), End = new(15, 30) });

        var after = (await _h.ScheduleAsync()).ToDictionary(x => x.Meeting.Id);
        var moved = after[planned[0].Meeting.Id].Meeting;
        Assert.Equal(new TimeOnly(14, 0), TimeOnly.FromDateTime(LondonTime.ToLocal(moved.StartsAt)));
        Assert.Equal(TimeSpan.FromMinutes(90), moved.Length);
        Assert.Equal(planned[0].Nation, after[planned[1].Meeting.Id].Nation);
        Assert.Equal(planned[1].Nation, after[planned[0].Meeting.Id].Nation);
        Assert.Equal(planned[2].Nation, after[planned[2].Meeting.Id].Nation);
    }

    [Fact]
    public async Task BadInput_IsRefusedWithAClearMessage_AndChangesNothing()
    {
        var scheduling = await _h.AsAsync<MeetingScheduling>(PlanningHarness.Secretariat);
        var seriesAdmin = await _h.AsAsync<SeriesAdministration>(PlanningHarness.Secretariat);
        var seriesId = await DeliveryGroupAsync();
        var planned = (await _h.ScheduleAsync()).First(x => x.Meeting.Status == MeetingStatus.Scheduled && x.Meeting.SeriesId is not null).Meeting;
        var logBefore = await _h.ChangeLogCountAsync();

        var zeroWeeks = await Assert.ThrowsAsync<DomainRuleException>(() => seriesAdmin.CreateSeriesAsync(PlanningHarness.Board,
            new NewSeriesForm { Name = "Working group", EveryWeeks = 0, Day = DayOfWeek.Monday, FirstMeetingOn = new DateOnly(2027, 1, 4) }));
        Assert.Contains("at least every 1 week", zeroWeeks.Message);
        var zeroLength = await Assert.ThrowsAsync<DomainRuleException>(() => seriesAdmin.CreateSeriesAsync(PlanningHarness.Board,
            new NewSeriesForm { Name = "Working group", EveryWeeks = 4, Day = DayOfWeek.Monday, FirstMeetingOn = new DateOnly(2027, 1, 4), DefaultLengthMinutes = 0 }));
        Assert.Contains("greater than zero", zeroLength.Message);
        var backwards = await Assert.ThrowsAsync<DomainRuleException>(() => scheduling.MoveMeetingAsync(PlanningHarness.Board, planned.Id,
            new MoveMeetingForm { Date = DateOnly.FromDateTime(DateTime.Today.AddDays(30)), Start = new(12, 0), End = new(11, 0) }));
        Assert.Contains("must end after it starts", backwards.Message);
        var horizon = await Assert.ThrowsAsync<DomainRuleException>(() => seriesAdmin.GenerateMeetingsAsync(PlanningHarness.Board, seriesId, 0));
        Assert.Contains("1 to 36 months", horizon.Message);
        await Assert.ThrowsAsync<DomainRuleException>(() => scheduling.CancelMeetingAsync(PlanningHarness.Board, planned.Id, "  "));

        await using var db = _h.Open();
        Assert.Equal(1, await db.MeetingSeries.CountAsync(s => s.BoardId == planned.BoardId));
        var stored = await db.Meetings.SingleAsync(m => m.Id == planned.Id);
        Assert.Equal(planned.StartsAt, stored.StartsAt);
        Assert.Equal(MeetingStatus.Scheduled, stored.Status);
        Assert.Equal(logBefore, await _h.ChangeLogCountAsync());
    }

    [Theory]
    [InlineData(PlanningHarness.Member)]
    [InlineData(PlanningHarness.PermanentCoChair)]
    [InlineData(PlanningHarness.Observer)]
    [InlineData(PlanningHarness.OtherBoardSecretariat)]
    public async Task AnyoneButTheBoardsSecretariat_IsRefused(string email)
    {
        var adminView = await _h.AsAsync<AdminBoardView>(email);
        var seriesAdmin = await _h.AsAsync<SeriesAdministration>(email);
        var members = await _h.AsAsync<BoardMembers>(email);
        var seriesId = await DeliveryGroupAsync();
        var meetingsBefore = (await _h.ScheduleAsync()).Count;

        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => seriesAdmin.GenerateMeetingsAsync(PlanningHarness.Board, seriesId, 12));
        await Assert.ThrowsAsync<AccessDeniedException>(() => members.AddMemberAsync(PlanningHarness.Board,
            new NewMemberForm { Email = "new.person@example.org", FullName = "New Person" }));
        var page = await adminView.GetAsync(PlanningHarness.Board);

        Assert.Contains(refused.Message, new[] { BoardGate.NotSecretariat, BoardAccess.NotAMember });
        Assert.Equal(AccessOutcome.Forbidden, page.Outcome);
        Assert.Equal(meetingsBefore, (await _h.ScheduleAsync()).Count);
        await using var db = _h.Open();
        Assert.False(await db.People.AnyAsync(p => p.Email == "new.person@example.org"));
    }

    [Fact]
    public async Task ASecondRotatingCoChairForANation_IsRefused_AndNotSaved()
    {
        var members = await _h.AsAsync<BoardMembers>(PlanningHarness.Secretariat);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => members.AddMemberAsync(PlanningHarness.Board,
            new NewMemberForm { Email = "gwen.jones@example.org", FullName = "Gwen Jones", Role = BoardRole.CoChair, Nation = Nation.Wales }));

        Assert.Contains("only one rotating co-chair", refused.Message);
        await using var db = _h.Open();
        Assert.False(await db.People.AnyAsync(p => p.Email == "gwen.jones@example.org"));
    }

    [Fact]
    public async Task Secretariat_AddsAMember_AndSeesThemOnTheAdministrationPage()
    {
        var adminView = await _h.AsAsync<AdminBoardView>(PlanningHarness.Secretariat);
        var members = await _h.AsAsync<BoardMembers>(PlanningHarness.Secretariat);

        await members.AddMemberAsync(PlanningHarness.Board, new NewMemberForm
        {
            Email = "Gwen.Jones@example.org", FullName = "Gwen Jones", Role = BoardRole.Member, Nation = Nation.Wales,
            Title = "Patient advocate", Organisation = "Genetic Alliance",
        });
        var page = await adminView.GetAsync(PlanningHarness.Board);

        Assert.True(page.IsAllowed);
        var gwen = Assert.Single(page.Value!.Members, m => m.Email == "gwen.jones@example.org");
        Assert.Equal(("Patient advocate", "Genetic Alliance", Nation.Wales), (gwen.Title, gwen.Organisation, gwen.Nation));
    }
}
