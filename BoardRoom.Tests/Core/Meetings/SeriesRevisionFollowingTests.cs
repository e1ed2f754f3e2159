using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;

namespace BoardRoom.Tests.Core.Meetings;

public sealed class SeriesRevisionFollowingTests
{
    private static readonly DateTimeOffset NewYear = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static MeetingSeries EverySixWeeks() => MeetingSeries.Create(BoardId.New(), "Delivery Group",
        new Cadence(6, DayOfWeek.Tuesday, new TimeOnly(10, 0)), new DateOnly(2026, 1, 13), TimeSpan.FromHours(2), "Room 1", "https://meet.example/dg");

    private static Meeting Occurrence(MeetingSeries series, int n) =>
        series.ScheduleMeeting(new PlannedOccurrence(n, series.StartOfOccurrence(n), n + 1, null));

    [Fact]
    public void MeetingsToComeOnTheOldPlaceAndLength_FollowTheRevision()
    {
        var series = EverySixWeeks();
        var meetings = Enumerable.Range(0, 3).Select(n => Occurrence(series, n)).ToList();

        var changed = series.Revise("Delivery Group", TimeSpan.FromMinutes(150), "Room 2", "https://meet.example/dg2", meetings, NewYear);

        Assert.Equal(meetings, changed);
        Assert.All(meetings, m => Assert.Equal(("Room 2", "https://meet.example/dg2", TimeSpan.FromMinutes(150)), (m.Venue, m.OnlineLink, m.Length)));
    }

    [Fact]
    public void AMeetingMovedElsewhereOnItsOwn_KeepsItsPlace_ButFollowsANewLength()
    {
        var series = EverySixWeeks();
        var moved = Occurrence(series, 1);
        moved.ChangePlace("Scottish Parliament", "https://meet.example/dg");

        var changed = series.Revise("Delivery Group", TimeSpan.FromMinutes(90), "Room 2", "https://meet.example/dg", [moved], NewYear);

        Assert.Equal([moved], changed);
        Assert.Equal(("Scottish Parliament", TimeSpan.FromMinutes(90)), (moved.Venue, moved.Length));
    }

    [Fact]
    public void HeldCancelledAndOtherSeriesMeetings_AndNameOnlyRevisions_ChangeNoMeeting()
    {
        var series = EverySixWeeks();
        var past = Occurrence(series, 0);
        var cancelled = Occurrence(series, 2);
        cancelled.Cancel();
        var otherSeries = Occurrence(EverySixWeeks(), 3);
        var toCome = Occurrence(series, 4);
        var february = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);

        var changed = series.Revise("Delivery Group", TimeSpan.FromHours(1), "Room 2", "", [past, cancelled, otherSeries], february);
        var renamed = series.Revise("Delivery Group (hybrid)", TimeSpan.FromHours(1), "Room 2", "", [toCome], february);

        Assert.Empty(changed);
        Assert.Equal("Room 1", past.Venue);
        Assert.Equal("Room 1", cancelled.Venue);
        Assert.Equal("Room 1", otherSeries.Venue);
        Assert.Empty(renamed);
    }
}
