using BoardRoom.Core.Meetings;

namespace BoardRoom.Tests.Core.Meetings;

public sealed class MeetingTimeTextTests
{
    [Fact]
    public void AMeeting_IsDescribedInWords_OnTheLondonClock_AcrossTheClockChange()
    {
        // 3 March is GMT, 2 June is BST: the same wall-clock 10:00 is 10:00Z and 09:00Z.
        Assert.Equal("Tuesday 3 March 2026, 10:00–12:00 (UK time)",
            MeetingTimeText.Span(new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 3, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal("Tuesday 2 June 2026, 10:00–12:00 (UK time)",
            MeetingTimeText.Span(new DateTimeOffset(2026, 6, 2, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 2, 11, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void AMeetingPastMidnight_NamesBothDays_AndAnotherZoneIsNamed()
    {
        Assert.Equal("Tuesday 3 March 2026, 23:00–Wednesday 4 March 2026, 01:00 (UK time)",
            MeetingTimeText.Span(new DateTimeOffset(2026, 3, 3, 23, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 4, 1, 0, 0, TimeSpan.Zero)));
        Assert.Equal("Tuesday 3 March 2026, 05:00 (America/New_York time)",
            MeetingTimeText.DayAndTime(new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.Zero), "America/New_York"));
    }

    [Fact]
    public void AMeetingStartedEarly_IsShownByWhenItWasHeld_NotItsScheduledSlot()
    {
        var scheduled = new DateTimeOffset(2026, 3, 24, 10, 0, 0, TimeSpan.Zero);
        var started = new DateTimeOffset(2026, 3, 3, 14, 5, 0, TimeSpan.Zero);
        var closed = new DateTimeOffset(2026, 3, 3, 15, 40, 0, TimeSpan.Zero);

        Assert.Equal("Tuesday 24 March 2026, 10:00–12:00 (UK time)", MeetingTimeText.Occasion(scheduled, scheduled.AddHours(2), null, null));
        Assert.Equal("Started Tuesday 3 March 2026, 14:05 (UK time)", MeetingTimeText.Occasion(scheduled, scheduled.AddHours(2), started, null));
        Assert.Equal("Held Tuesday 3 March 2026, 14:05–15:40 (UK time)", MeetingTimeText.Occasion(scheduled, scheduled.AddHours(2), started, closed));
    }
}
