using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using BoardRoom.Core.Rotation;
using static BoardRoom.Tests.Core.Rotation.RotationCalendar;

namespace BoardRoom.Tests.Core.Rotation;

public sealed class RotationSwapTests
{
    private static readonly PersonId Secretary = new(Guid.Parse("0195a000-0000-7000-8000-00000000beef"));
    private static readonly DateTimeOffset At = new(2027, 1, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SwappingTwoPlannedMeetings_ExchangesTheirCoChairs_AndLeavesTheOthersAlone()
    {
        var calendar = new RotationCalendar(8);
        calendar.Apply(calendar.Plan());

        var decision = CoChairRotation.Swap(calendar.Input(), MeetingAt(0), MeetingAt(3), "England's co-chair is abroad in January", Secretary, At);

        Assert.Equal("N S W E E S W N", Sequence(decision.Plan));
        Assert.Equal(
            [
                new RotationChange(MeetingAt(0), SeatOf(Nation.England), SeatOf(Nation.NorthernIreland), RotationChangeKind.Swapped, "England's co-chair is abroad in January", Secretary, At),
                new RotationChange(MeetingAt(3), SeatOf(Nation.NorthernIreland), SeatOf(Nation.England), RotationChangeKind.Swapped, "England's co-chair is abroad in January", Secretary, At),
            ],
            decision.Changes);
    }

    [Fact]
    public void ASwap_IsKeptWhenReplanning_AndAfterTheSwappedMeetingsAreHeld()
    {
        var calendar = new RotationCalendar(8);
        calendar.Apply(calendar.Plan());
        var decision = CoChairRotation.Swap(calendar.Input(), MeetingAt(1), MeetingAt(2), "Clash with a ministerial visit", Secretary, At);
        calendar.Pins.AddRange(decision.Pins);
        calendar.Apply(decision.Plan);

        Assert.Equal("E W S N E S W N", Sequence(calendar.Plan()));

        calendar.Held(SeatOf(Nation.England), SeatOf(Nation.Wales), SeatOf(Nation.Scotland));
        Assert.Equal("E W S N E S W N", Sequence(calendar.Plan()));
    }

    [Fact]
    public void ASwapPinnedMember_WhoBecomesUnavailable_IsReplannedWithANote()
    {
        var calendar = new RotationCalendar(4);
        calendar.Apply(calendar.Plan());
        calendar.Pins.AddRange(CoChairRotation.Swap(calendar.Input(), MeetingAt(1), MeetingAt(2), "Clash", Secretary, At).Pins);
        calendar.Unavailable_(Nation.Wales, 1);

        var entry = calendar.Plan().Entries[1];

        Assert.NotEqual(RotationOutcome.Pinned, entry.Outcome);
        Assert.NotEqual(SeatOf(Nation.Wales), entry.CoChairId);
        Assert.Contains("Wales", entry.Note);
    }

    [Fact]
    public void ASwapWithAMeetingOfAnotherBoard_IsRefused()
    {
        var calendar = new RotationCalendar(4);
        var elsewhere = Meeting.Schedule(BoardId.New(), null, 1, "Another board's meeting", FirstMeeting, TimeSpan.FromHours(1), "", "");

        var error = Assert.Throws<DomainRuleException>(() => CoChairRotation.Swap(calendar.Input(), MeetingAt(0), elsewhere.Id, "Clash", Secretary, At));

        Assert.Equal("That meeting is not one of this board's meetings.", error.Message);
    }

    [Fact]
    public void ASwapWithAHeldMeeting_IsRefused_NamingItsDate()
    {
        var calendar = new RotationCalendar(4);
        calendar.Held(SeatOf(Nation.England));

        var error = Assert.Throws<DomainRuleException>(() => CoChairRotation.Swap(calendar.Input(), MeetingAt(0), MeetingAt(2), "Clash", Secretary, At));

        Assert.Equal("The meeting on 12 Jan 2027 has started or been held; its co-chair can no longer change.", error.Message);
    }

    [Fact]
    public void ASwapWithACancelledMeeting_IsRefused()
    {
        var calendar = new RotationCalendar(4);
        calendar.Cancel(2);

        var error = Assert.Throws<DomainRuleException>(() => CoChairRotation.Swap(calendar.Input(), MeetingAt(0), MeetingAt(2), "Clash", Secretary, At));

        Assert.Contains("is cancelled", error.Message);
    }

    [Fact]
    public void SwappingAMeetingWithItself_IsRefused()
    {
        var calendar = new RotationCalendar(4);

        Assert.Throws<DomainRuleException>(() => CoChairRotation.Swap(calendar.Input(), MeetingAt(1), MeetingAt(1), "Clash", Secretary, At));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void ASwapWithoutAReason_IsRefused(string? reason)
    {
        var calendar = new RotationCalendar(4);

        var error = Assert.Throws<DomainRuleException>(() => CoChairRotation.Swap(calendar.Input(), MeetingAt(0), MeetingAt(1), reason!, Secretary, At));

        Assert.Equal("The reason for the swap is required.", error.Message);
    }

    [Fact]
    public void ASwapThatWouldSeatSomeoneUnavailable_IsRefused()
    {
        var calendar = new RotationCalendar(4);
        calendar.Unavailable_(Nation.England, 1);

        var error = Assert.Throws<DomainRuleException>(() => CoChairRotation.Swap(calendar.Input(), MeetingAt(0), MeetingAt(1), "Clash", Secretary, At));

        Assert.Equal("England's co-chair is unavailable for the meeting on 23 Feb 2027.", error.Message);
    }

    [Fact]
    public void ChoosingACoChairByHand_PinsIt_AndCountsAsThatNationsTurn()
    {
        var calendar = new RotationCalendar(6);
        calendar.Apply(calendar.Plan());

        var decision = CoChairRotation.Choose(calendar.Input(), MeetingAt(1), SeatOf(Nation.NorthernIreland), "Meeting held in Belfast", Secretary, At);

        // Northern Ireland took its turn early; Scotland and Wales, jumped, are owed and repaid next.
        Assert.Equal("E N S W E S", Sequence(decision.Plan));
        Assert.Equal(RotationChangeKind.Chosen, decision.Changes[0].Kind);
        Assert.All(decision.Changes.Skip(1), c => Assert.Equal(RotationChangeKind.Replanned, c.Kind));
        Assert.Equal([MeetingAt(1), MeetingAt(2), MeetingAt(3)], decision.Changes.Select(c => c.MeetingId));
    }

    [Fact]
    public void ChoosingSomeoneOutsideTheRotation_IsRefused()
    {
        var calendar = new RotationCalendar(3);

        Assert.Throws<DomainRuleException>(() => CoChairRotation.Choose(calendar.Input(), MeetingAt(1), new MembershipId(Guid.CreateVersion7()), "Why not", Secretary, At));
    }
}
