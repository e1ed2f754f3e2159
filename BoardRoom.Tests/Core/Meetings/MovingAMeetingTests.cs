using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;

namespace BoardRoom.Tests.Core.Meetings;

public sealed class MovingAMeetingTests
{
    private static readonly DateTimeOffset Ten = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static Meeting Scheduled() => Meeting.Schedule(BoardId.New(), null, 1, "Meeting 1", Ten, TimeSpan.FromHours(2), "", "");

    [Fact]
    public void AMeetingToCome_MovesToALaterStartAndLength()
    {
        var meeting = Scheduled();

        meeting.MoveTo(Ten.AddDays(7), TimeSpan.FromHours(3), Ten.AddDays(-1));

        Assert.Equal((Ten.AddDays(7), TimeSpan.FromHours(3)), (meeting.StartsAt, meeting.Length));
    }

    [Fact]
    public void AMoveIntoThePast_IsRefused_AndTheMeetingStays()
    {
        var meeting = Scheduled();

        var error = Assert.Throws<DomainRuleException>(() => meeting.MoveTo(Ten.AddDays(-3), TimeSpan.FromHours(2), Ten.AddDays(-2)));

        Assert.Contains("into the past", error.Message);
        Assert.Equal(Ten, meeting.StartsAt);
    }

    [Fact]
    public void AMeetingDueToHaveStarted_CannotBeMoved_EvenIfNobodyStartedIt()
    {
        var meeting = Scheduled();

        var error = Assert.Throws<DomainRuleException>(() => meeting.MoveTo(Ten.AddDays(7), TimeSpan.FromHours(2), Ten.AddMinutes(5)));

        Assert.Contains("has started or been held", error.Message);
        Assert.Equal(Ten, meeting.StartsAt);
    }

    [Fact]
    public void AMeetingInProgress_CannotBeMoved()
    {
        var meeting = Scheduled();
        meeting.AddAgendaItem("Welcome", AgendaPurpose.ForInformation, "", 5);
        meeting.Start(Ten.AddDays(-1).AddHours(23));

        Assert.Throws<DomainRuleException>(() => meeting.MoveTo(Ten.AddDays(7), TimeSpan.FromHours(2), Ten.AddDays(-1).AddHours(23)));
    }

    [Fact]
    public void ACancelledMeeting_CannotBeMoved()
    {
        var meeting = Scheduled();
        meeting.Cancel();

        Assert.Throws<DomainRuleException>(() => meeting.MoveTo(Ten.AddDays(7), TimeSpan.FromHours(2), Ten.AddDays(-1)));
    }

    [Fact]
    public void AClosedOrCancelledMeetingsAgenda_CannotBeReopened()
    {
        var cancelled = Scheduled();
        cancelled.AddAgendaItem("Budget", AgendaPurpose.ForDecision, "", 20);
        cancelled.Cancel();
        var closed = Scheduled();
        closed.AddAgendaItem("Budget", AgendaPurpose.ForDecision, "", 20);
        closed.Start(Ten);
        closed.Close(Ten.AddHours(2), NotReachedChoice.RecordAsDeferred);

        Assert.Contains("cancelled meeting cannot be reopened", Assert.Throws<DomainRuleException>(cancelled.ReopenAgenda).Message);
        Assert.Contains("closed meeting cannot be reopened", Assert.Throws<DomainRuleException>(closed.ReopenAgenda).Message);
    }
}
