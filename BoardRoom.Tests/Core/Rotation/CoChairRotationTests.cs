using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using BoardRoom.Core.Rotation;
using static BoardRoom.Tests.Core.Rotation.RotationCalendar;

namespace BoardRoom.Tests.Core.Rotation;

public sealed class CoChairRotationTests
{
    [Fact]
    public void WithEveryoneAvailable_TheNationsTakeTurnsInTheConfiguredOrder()
    {
        var calendar = new RotationCalendar(6, Nation.Wales, Nation.England, Nation.NorthernIreland, Nation.Scotland);

        var plan = calendar.Plan();

        Assert.Equal("W E N S W E", Sequence(plan));
        Assert.All(plan.Entries, e => Assert.Equal(RotationOutcome.RegularTurn, e.Outcome));
        Assert.Equal(SeatOf(Nation.Wales), plan.Entries[0].CoChairId);
    }

    [Fact]
    public void WalesUnavailableOnItsTurn_PassesToNorthernIreland_AndWalesIsOwedTheNext()
    {
        var calendar = new RotationCalendar(8);
        calendar.Unavailable_(Nation.Wales, 2);

        var plan = calendar.Plan();

        Assert.Equal("E S N W E S W N", Sequence(plan));
        Assert.Equal(RotationOutcome.PassedOn, plan.Entries[2].Outcome);
        Assert.Equal([Nation.Wales], plan.Entries[2].PassedOver);
        Assert.Equal(RotationOutcome.OwedTurn, plan.Entries[3].Outcome);
        Assert.Empty(plan.Owed);
    }

    [Fact]
    public void AnOwedNation_StillUnavailable_IsRepaidAtTheFirstMeetingItCanChair()
    {
        var calendar = new RotationCalendar(8);
        calendar.Unavailable_(Nation.Wales, 2);
        calendar.Unavailable_(Nation.Wales, 3);
        calendar.Unavailable_(Nation.Wales, 4);

        var plan = calendar.Plan();

        Assert.Equal("E S N E S W W N", Sequence(plan));
        Assert.Equal(RotationOutcome.OwedTurn, plan.Entries[5].Outcome);
        Assert.Equal(RotationOutcome.RegularTurn, plan.Entries[6].Outcome);
    }

    [Fact]
    public void TwoNationsPassedOverTogether_AreRepaidOldestFirst()
    {
        var calendar = new RotationCalendar(8);
        calendar.Unavailable_(Nation.England, 0);
        calendar.Unavailable_(Nation.Scotland, 0);

        var plan = calendar.Plan();

        Assert.Equal([Nation.England, Nation.Scotland], plan.Entries[0].PassedOver);
        Assert.Equal("W E S N E S W N", Sequence(plan));
        Assert.Equal(4, plan.Tally()[Nation.England].Total + plan.Tally()[Nation.Scotland].Total);
    }

    [Fact]
    public void NobodyAvailable_LeavesTheMeetingWithoutACoChair_AndUsesNoTurn()
    {
        var calendar = new RotationCalendar(3);
        foreach (var nation in DefaultOrder)
        {
            calendar.Unavailable_(nation, 1);
        }

        var plan = calendar.Plan();

        Assert.Equal("E - S", Sequence(plan));
        Assert.Equal(RotationOutcome.Unassigned, plan.Entries[1].Outcome);
        Assert.Contains("unavailable", plan.Entries[1].Note);
        Assert.Empty(plan.Owed);
    }

    [Fact]
    public void ABoardWithoutRotatingCoChairs_PlansNobody_AndSaysWhy()
    {
        var calendar = new RotationCalendar(2);
        calendar.Pool.Clear();

        var plan = calendar.Plan();

        Assert.All(plan.Entries, e => Assert.Null(e.CoChairId));
        Assert.Equal("The board has no rotating co-chairs.", plan.Entries[0].Note);
    }

    [Fact]
    public void HeldMeetings_KeepTheirCoChairs_AndTheRotationContinuesFromWhereTheyLeftOff()
    {
        var calendar = new RotationCalendar(6);
        calendar.Held(SeatOf(Nation.England), SeatOf(Nation.Scotland));

        var plan = calendar.Plan();

        Assert.Equal("E S W N E S", Sequence(plan));
        Assert.All(plan.Entries.Take(2), e => Assert.Equal(RotationOutcome.Held, e.Outcome));
    }

    [Fact]
    public void AHeldMeetingChairedOutOfTurn_LeavesTheNationsItJumpedOwed()
    {
        var calendar = new RotationCalendar(6);
        calendar.Held(SeatOf(Nation.England), SeatOf(Nation.Wales));

        var plan = calendar.Plan();

        // Scotland's turn went to Wales at the second meeting, so Scotland is repaid first.
        Assert.Equal("E W S N E S", Sequence(plan));
        Assert.Equal(RotationOutcome.OwedTurn, plan.Entries[2].Outcome);
    }

    [Fact]
    public void AHeldMeetingChairedByAFormerCoChair_CountsForTheirNation()
    {
        var calendar = new RotationCalendar(4);
        var formerEnglish = new MembershipId(Guid.CreateVersion7());
        calendar.Former.Add(new RotationSeat(formerEnglish, Nation.England));
        calendar.Held(formerEnglish);

        var plan = calendar.Plan();

        Assert.Equal("E S W N", Sequence(plan));
        Assert.Equal(formerEnglish, plan.Entries[0].CoChairId);
        Assert.Equal(1, plan.Tally()[Nation.England].Held);
    }

    [Fact]
    public void AScheduledMeetingAlreadyStarted_IsHistory_EvenIfNotYetClosed()
    {
        var calendar = new RotationCalendar(3);
        calendar.Now = calendar.Meetings[1].StartsAt.AddMinutes(5);

        var plan = calendar.Plan();

        Assert.Equal("- - E", Sequence(plan));
        Assert.All(plan.Entries.Take(2), e => Assert.True(e.IsFixed));
    }

    [Fact]
    public void ACancelledMeeting_GetsNoCoChair_AndTheNextMeetingTakesItsTurn()
    {
        var calendar = new RotationCalendar(5);
        calendar.Apply(calendar.Plan());
        calendar.Cancel(1);

        var plan = calendar.Plan();

        Assert.Equal("E - S W N", Sequence(plan));
        Assert.Equal(RotationOutcome.Cancelled, plan.Entries[1].Outcome);
    }

    [Fact]
    public void MeetingsGivenInAnyOrder_ArePlannedByDate()
    {
        var calendar = new RotationCalendar(4);
        calendar.Meetings.Reverse();

        var plan = calendar.Plan();

        Assert.Equal("E S W N", Sequence(plan));
        Assert.Equal(MeetingAt(0), plan.Entries[0].MeetingId);
    }

    [Fact]
    public void MovingAMeetingLater_ReplansFromWhereItWas_AndNotBefore()
    {
        var calendar = new RotationCalendar(5);
        calendar.Meetings[1] = calendar.Meetings[1] with { StartsAt = calendar.Meetings[3].StartsAt.AddDays(1) };

        var plan = calendar.Plan();

        Assert.Equal([MeetingAt(0), MeetingAt(2), MeetingAt(3), MeetingAt(1), MeetingAt(4)], plan.Entries.Select(e => e.MeetingId));
        Assert.Equal("E S W N E", Sequence(plan));
    }

    [Fact]
    public void TallyOverARange_CountsHeldAndPlannedSeparately()
    {
        var calendar = new RotationCalendar(8);
        calendar.Held(SeatOf(Nation.England), SeatOf(Nation.Scotland), SeatOf(Nation.Wales));

        var tally = calendar.Plan().Tally(calendar.Meetings[1].StartsAt, calendar.Meetings[6].StartsAt);

        Assert.Equal([Nation.England, Nation.Scotland, Nation.Wales, Nation.NorthernIreland], tally.Nations.Select(t => t.Nation));
        Assert.Equal(new NationTally(Nation.Scotland, 1, 1), tally[Nation.Scotland]);
        Assert.Equal(new NationTally(Nation.Wales, 1, 0), tally[Nation.Wales]);
        Assert.Equal(new NationTally(Nation.NorthernIreland, 0, 1), tally[Nation.NorthernIreland]);
        Assert.Equal(new NationTally(Nation.England, 0, 1), tally[Nation.England]);
    }

    [Fact]
    public void APoolNamingANationTwice_IsRefused()
    {
        var calendar = new RotationCalendar(2);
        calendar.Pool.Add(new RotationSeat(new MembershipId(Guid.CreateVersion7()), Nation.Wales));

        var error = Assert.Throws<DomainRuleException>(calendar.Input);

        Assert.Equal("Each nation can have only one co-chair in the rotation.", error.Message);
    }

    [Fact]
    public void AMeetingOfAnotherBoard_IsRefused()
    {
        var calendar = new RotationCalendar(2);
        calendar.Meetings.Add(calendar.Meetings[0] with { Id = MeetingId.New(), BoardId = BoardId.New() });

        Assert.Throws<DomainRuleException>(calendar.Input);
    }

    [Fact]
    public void InputForABoard_TakesItsRotatingCoChairsInOrder_LeavingOutThePermanentCoChair()
    {
        var board = Board.Create("UK Rare Diseases Framework Board", "uk-rare-diseases", "");
        var permanent = board.AddMember(PersonId.New(), BoardRole.CoChair, Nation.England, "Co-chair", "DHSC", new DateOnly(2026, 1, 1));
        board.AppointPermanentCoChair(permanent.Id);
        var wales = board.AddMember(PersonId.New(), BoardRole.CoChair, Nation.Wales, "", "Welsh Government", new DateOnly(2026, 1, 1));
        var scotland = board.AddMember(PersonId.New(), BoardRole.CoChair, Nation.Scotland, "", "Scottish Government", new DateOnly(2026, 1, 1));
        board.AddMember(PersonId.New(), BoardRole.Member, Nation.Scotland, "", "NHS Scotland", new DateOnly(2026, 1, 1));
        var meeting = Meeting.Schedule(board.Id, null, 1, "Delivery group 1", FirstMeeting, TimeSpan.FromHours(2), "", "");

        var input = RotationInput.For(board, [meeting], FirstMeeting.AddDays(-1));

        Assert.Equal([new RotationSeat(scotland.Id, Nation.Scotland), new RotationSeat(wales.Id, Nation.Wales)], input.Pool);
        Assert.Equal(scotland.Id, CoChairRotation.Plan(input)[meeting.Id].CoChairId);
    }
}
