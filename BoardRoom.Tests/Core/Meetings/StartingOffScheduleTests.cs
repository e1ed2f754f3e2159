using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;

namespace BoardRoom.Tests.Core.Meetings;

public sealed class StartingOffScheduleTests
{
    // 10:00 UTC on 15 December 2026 is 10:00 in London (GMT).
    private static readonly DateTimeOffset Scheduled = new(2026, 12, 15, 10, 0, 0, TimeSpan.Zero);

    private static Meeting OneItem()
    {
        var meeting = Meeting.Schedule(BoardId.New(), null, 1, "Meeting 1", Scheduled, TimeSpan.FromHours(2), "", "");
        meeting.AddAgendaItem("Welcome", AgendaPurpose.ForInformation, "", 5);
        return meeting;
    }

    [Theory]
    [InlineData(-24 * 60)]
    [InlineData(-30)]
    [InlineData(0)]
    [InlineData(24 * 60)]
    public void StartingWithinADayOfTheScheduledTime_NeedsNoConfirmation(int minutesFromSchedule)
    {
        var meeting = OneItem();
        var at = Scheduled.AddMinutes(minutesFromSchedule);

        Assert.Null(meeting.StartNeedsConfirmation(at));
        meeting.Start(at);
        Assert.Equal(MeetingStatus.InProgress, meeting.Status);
    }

    [Theory]
    [InlineData(-24 * 60 - 1)]
    [InlineData(-14 * 24 * 60)]
    [InlineData(24 * 60 + 1)]
    public void StartingMoreThanADayEarlyOrLate_IsRefusedWithoutConfirmation_AndSaysWhen(int minutesFromSchedule)
    {
        var meeting = OneItem();
        var at = Scheduled.AddMinutes(minutesFromSchedule);

        var error = Assert.Throws<DomainRuleException>(() => meeting.Start(at));

        Assert.StartsWith("This meeting is scheduled for Tuesday 15 December 2026, 10:00 (UK time); starting it now records it as held today.", error.Message);
        Assert.Equal(MeetingStatus.Scheduled, meeting.Status);
        Assert.Null(meeting.StartedAt);
    }

    [Fact]
    public void StartingEarlyWithConfirmation_StartsIt_AndTheMeetingIsHeldTheDayItStarted()
    {
        var meeting = OneItem();
        var early = Scheduled.AddDays(-13).AddHours(4);

        meeting.Start(early, confirmedOffSchedule: true);

        Assert.Equal(MeetingStatus.InProgress, meeting.Status);
        Assert.Equal(early, meeting.HeldAt);
        Assert.Equal(Scheduled, meeting.StartsAt);
        meeting.Close(early.AddMinutes(50), NotReachedChoice.RecordAsDeferred);
        Assert.Equal(early.AddMinutes(50), meeting.HeldUntil);
    }

    [Fact]
    public void TheScheduledDateInTheWarning_IsLondonTime_InSummer()
    {
        // 09:00 UTC on 14 July is 10:00 in London (BST).
        var meeting = Meeting.Schedule(BoardId.New(), null, 1, "Meeting 1", new DateTimeOffset(2026, 7, 14, 9, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(2), "", "");

        Assert.Contains("Tuesday 14 July 2026, 10:00", meeting.StartNeedsConfirmation(new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void AMeetingPlannedForJanuary_ButHeldInDecember_NumbersItsRegisterInDecembersYear()
    {
        var meeting = Meeting.Schedule(BoardId.New(), null, 1, "Meeting 1", new DateTimeOffset(2027, 1, 5, 10, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(2), "", "");
        meeting.AddAgendaItem("Welcome", AgendaPurpose.ForInformation, "", 5);
        Assert.Equal(2027, meeting.RegisterYear);

        meeting.Start(new DateTimeOffset(2026, 12, 30, 14, 0, 0, TimeSpan.Zero), confirmedOffSchedule: true);

        Assert.Equal(2026, meeting.RegisterYear);
    }
}
