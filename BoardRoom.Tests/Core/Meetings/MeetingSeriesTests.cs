using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;

namespace BoardRoom.Tests.Core.Meetings;

public sealed class MeetingSeriesTests
{
    private static MeetingSeries EverySixWeeks() => MeetingSeries.Create(BoardId.New(), "Delivery Group",
        new Cadence(6, DayOfWeek.Tuesday, new TimeOnly(10, 0)), new DateOnly(2026, 1, 13), TimeSpan.FromHours(2), "", "");

    [Fact]
    public void OccurrencesAreEverySixWeeks_OnTheSameWeekday()
    {
        var series = EverySixWeeks();

        var dates = Enumerable.Range(0, 4).Select(n => LondonTime.ToLocal(series.StartOfOccurrence(n))).ToList();

        Assert.All(dates, d => Assert.Equal(DayOfWeek.Tuesday, d.DayOfWeek));
        Assert.Equal([42, 42, 42], dates.Zip(dates.Skip(1), (a, b) => (b - a).Days));
    }

    [Fact]
    public void TenInTheMorningLondonTime_StaysTenAcrossTheClockChange()
    {
        var series = EverySixWeeks();

        // 13 Jan 2026 is GMT (UTC+0); 7 Apr 2026 is BST (UTC+1).
        var winter = series.StartOfOccurrence(0);
        var summer = series.StartOfOccurrence(2);

        Assert.Equal(new DateTimeOffset(2026, 1, 13, 10, 0, 0, TimeSpan.Zero), winter);
        Assert.Equal(new DateTimeOffset(2026, 4, 7, 9, 0, 0, TimeSpan.Zero), summer);
        Assert.Equal(10, LondonTime.ToLocal(summer).Hour);
    }

    [Fact]
    public void OccurrencesFrom_SkipsThoseAlreadyPast()
    {
        var series = EverySixWeeks();

        var next = series.OccurrencesFrom(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero)).First();

        Assert.Equal(1, next.Index);
        Assert.Equal(new DateOnly(2026, 2, 24), DateOnly.FromDateTime(LondonTime.ToLocal(next.StartsAt)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-6)]
    public void ACadenceOfZeroOrFewerWeeks_IsRefused(int weeks)
    {
        var error = Assert.Throws<DomainRuleException>(() => new Cadence(weeks, DayOfWeek.Tuesday, new TimeOnly(10, 0)));
        Assert.Contains("at least every 1 week", error.Message);
    }

    [Fact]
    public void AFirstMeetingOnTheWrongWeekday_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => MeetingSeries.Create(BoardId.New(), "Delivery Group",
            new Cadence(6, DayOfWeek.Tuesday, new TimeOnly(10, 0)), new DateOnly(2026, 1, 14), TimeSpan.FromHours(2), "", ""));
    }

    [Fact]
    public void Revising_ChangesNameLengthAndPlace_ButNotTheCadence()
    {
        var series = EverySixWeeks();
        var first = series.StartOfOccurrence(0);

        series.Revise("Delivery Group (hybrid)", TimeSpan.FromMinutes(150), "Room 2.01, Edinburgh", "https://meet.example/dg");

        Assert.Equal(("Delivery Group (hybrid)", TimeSpan.FromMinutes(150), "Room 2.01, Edinburgh", "https://meet.example/dg"),
            (series.Name, series.DefaultLength, series.Venue, series.OnlineLink));
        Assert.Equal(first, series.StartOfOccurrence(0));
    }

    [Theory]
    [InlineData("", 120)]
    [InlineData("Delivery Group", 0)]
    public void ARevisionThatDoesNotFit_IsRefused_AndChangesNothing(string name, int minutes)
    {
        var series = EverySixWeeks();

        Assert.Throws<DomainRuleException>(() => series.Revise(name, TimeSpan.FromMinutes(minutes), "Elsewhere", ""));

        Assert.Equal(("Delivery Group", TimeSpan.FromHours(2), ""), (series.Name, series.DefaultLength, series.Venue));
    }
}
