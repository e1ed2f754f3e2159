using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;

namespace BoardRoom.Tests.Core.Meetings;

public sealed class OccurrencePlanningTests
{
    /// <summary>Tuesdays at 10:00 London time, every six weeks from 13 Jan 2026: 13 Jan, 24 Feb, 7 Apr, 19 May, 30 Jun…</summary>
    private static MeetingSeries EverySixWeeks() => MeetingSeries.Create(BoardId.New(), "Delivery Group",
        new Cadence(6, DayOfWeek.Tuesday, new TimeOnly(10, 0)), new DateOnly(2026, 1, 13), TimeSpan.FromHours(2), "Room 1", "");

    private static readonly DateTimeOffset NewYear = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static DateOnly LocalDate(MeetingSeries series, PlannedOccurrence o) => series.LocalDateOf(o.StartsAt);

    [Fact]
    public void ANewSeries_PlansEveryOccurrenceUpToTheHorizon_NumberedFromOne()
    {
        var series = EverySixWeeks();

        var plan = series.PlanOccurrences(NewYear, MeetingSeries.GenerationHorizon(NewYear, 6), [], [], []);

        Assert.Equal([0, 1, 2, 3, 4], plan.Select(o => o.Index));
        Assert.Equal([1, 2, 3, 4, 5], plan.Select(o => o.Number));
        Assert.All(plan, o => Assert.True(o.IsNew));
        Assert.Equal(new DateOnly(2026, 6, 30), LocalDate(series, plan[^1]));
    }

    [Fact]
    public void OccurrencesAlreadyGenerated_OrOnASkipDate_AreLeftOut_AndNumberingGoesOnFromTheSeriesHighest()
    {
        var series = EverySixWeeks();
        var first = series.ScheduleMeeting(new PlannedOccurrence(0, series.StartOfOccurrence(0), 1, null));
        var second = series.ScheduleMeeting(new PlannedOccurrence(1, series.StartOfOccurrence(1), 2, null));

        var plan = series.PlanOccurrences(NewYear, MeetingSeries.GenerationHorizon(NewYear, 6), generated: [0, 1],
            skipDates: [new DateOnly(2026, 4, 7)], existing: [first, second]);

        Assert.Equal([3, 4], plan.Select(o => o.Index));
        Assert.Equal([3, 4], plan.Select(o => o.Number));
    }

    [Fact]
    public void AnOccurrenceOnADayTheSeriesAlreadyMeets_IsThatMeeting_NotASecondOne()
    {
        var series = EverySixWeeks();
        // Held on the day of the second occurrence, at another time (moved by hand, or made before generation).
        var sameDay = LondonTime.ToUtc(new DateOnly(2026, 2, 24), new TimeOnly(14, 0));
        var already = series.ScheduleMeeting(new PlannedOccurrence(1, sameDay, 4, null));

        var plan = series.PlanOccurrences(NewYear, MeetingSeries.GenerationHorizon(NewYear, 4), [], [], [already]);

        var taken = Assert.Single(plan, o => o.Index == 1);
        Assert.Equal((already.Id, 4), (taken.ExistingMeetingId, taken.Number));
        Assert.False(taken.IsNew);
        // The new ones are numbered on from the series' highest number (4), whatever their place in the calendar.
        Assert.Equal([(0, 5), (2, 6)], plan.Where(o => o.IsNew).Select(o => (o.Index, o.Number)));
    }

    [Fact]
    public void OccurrencesBeforeNow_AreNeverPlanned()
    {
        var series = EverySixWeeks();
        var march = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

        var plan = series.PlanOccurrences(march, MeetingSeries.GenerationHorizon(march, 3), [], [], []);

        Assert.Equal([2, 3], plan.Select(o => o.Index));
    }

    [Fact]
    public void PlanningIsPure_TheSameInputGivesTheSamePlan()
    {
        var series = EverySixWeeks();

        var once = series.PlanOccurrences(NewYear, MeetingSeries.GenerationHorizon(NewYear, 12), [2], [new DateOnly(2026, 5, 19)], []);
        var again = series.PlanOccurrences(NewYear, MeetingSeries.GenerationHorizon(NewYear, 12), [2], [new DateOnly(2026, 5, 19)], []);

        Assert.Equal(once, again);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(MeetingSeries.MaxHorizonMonths + 1)]
    public void AHorizonOutsideOneToThirtySixMonths_IsRefused(int months)
    {
        var error = Assert.Throws<DomainRuleException>(() => MeetingSeries.GenerationHorizon(NewYear, months));

        Assert.Contains($"from 1 to {MeetingSeries.MaxHorizonMonths} months ahead", error.Message);
    }

    [Fact]
    public void AScheduledMeeting_HasTheSeriesLengthPlaceAndANumberedTitle()
    {
        var series = EverySixWeeks();

        var meeting = series.ScheduleMeeting(new PlannedOccurrence(3, series.StartOfOccurrence(3), 7, null));

        Assert.Equal(("Delivery Group meeting 7", 7, TimeSpan.FromHours(2), "Room 1", series.Id, series.BoardId),
            (meeting.Title, meeting.Number, meeting.Length, meeting.Venue, meeting.SeriesId, meeting.BoardId));
    }

    [Fact]
    public void TheMeetingASkipDateCancels_IsTheSeriesScheduledMeetingToComeOnThatDay()
    {
        var series = EverySixWeeks();
        var other = EverySixWeeks();
        var april = series.ScheduleMeeting(new PlannedOccurrence(2, series.StartOfOccurrence(2), 3, null));
        var otherSeriesApril = other.ScheduleMeeting(new PlannedOccurrence(2, other.StartOfOccurrence(2), 3, null));
        var cancelledMay = series.ScheduleMeeting(new PlannedOccurrence(3, series.StartOfOccurrence(3), 4, null));
        cancelledMay.Cancel();

        Assert.Equal(april, series.ScheduledMeetingOn(new DateOnly(2026, 4, 7), [otherSeriesApril, april], NewYear));
        Assert.Null(series.ScheduledMeetingOn(new DateOnly(2026, 5, 19), [cancelledMay], NewYear));
        Assert.Null(series.ScheduledMeetingOn(new DateOnly(2026, 4, 7), [april], series.StartOfOccurrence(2)));
    }
}
