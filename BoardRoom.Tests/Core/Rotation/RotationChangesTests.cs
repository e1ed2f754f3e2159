using BoardRoom.Core.Boards;
using BoardRoom.Core.Rotation;
using static BoardRoom.Tests.Core.Rotation.RotationCalendar;

namespace BoardRoom.Tests.Core.Rotation;

public sealed class RotationChangesTests
{
    private static readonly DateTimeOffset At = new(2027, 1, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheFirstPlan_RecordsOnePlannedChangePerMeeting()
    {
        var calendar = new RotationCalendar(3);

        var changes = RotationChanges.FromCurrent(calendar.Meetings, calendar.Plan(), "Rotation set up", null, At);

        Assert.Equal([RotationChangeKind.Planned, RotationChangeKind.Planned, RotationChangeKind.Planned], changes.Select(c => c.Kind));
        Assert.All(changes, c => Assert.Null(c.From));
        Assert.Equal(SeatOf(Nation.Scotland), changes[1].To);
    }

    [Fact]
    public void CancellingAMeeting_ClearsIt_AndReplansOnlyTheMeetingsAfterIt()
    {
        var calendar = new RotationCalendar(5);
        var before = calendar.Plan();
        calendar.Apply(before);
        calendar.Cancel(2);

        var changes = RotationChanges.Between(before, calendar.Plan(), "Meeting 3 cancelled", null, At);

        Assert.Equal([MeetingAt(2), MeetingAt(3), MeetingAt(4)], changes.Select(c => c.MeetingId));
        Assert.Equal(new RotationChange(MeetingAt(2), SeatOf(Nation.Wales), null, RotationChangeKind.Cleared, "Meeting 3 cancelled", null, At), changes[0]);
        Assert.Equal(new RotationChange(MeetingAt(3), SeatOf(Nation.NorthernIreland), SeatOf(Nation.Wales), RotationChangeKind.Replanned, "Meeting 3 cancelled", null, At), changes[1]);
    }

    [Fact]
    public void AnUnchangedPlan_RecordsNothing()
    {
        var calendar = new RotationCalendar(4);
        var plan = calendar.Plan();
        calendar.Apply(plan);

        Assert.Empty(RotationChanges.FromCurrent(calendar.Meetings, calendar.Plan(), "Re-plan", null, At));
    }
}
