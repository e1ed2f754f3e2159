using System.Globalization;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;

namespace BoardRoom.Tests.Core.Meetings;

public sealed class MeetingTests
{
    private static readonly DateTimeOffset Ten = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static Meeting TwoHourMeeting() =>
        Meeting.Schedule(BoardId.New(), null, 1, "Delivery Group meeting 1", Ten, TimeSpan.FromHours(2), "Room 1", "");

    [Fact]
    public void ItemStartTimes_RunOnFromTheMeetingStart_InAgendaOrder()
    {
        var meeting = TwoHourMeeting();
        meeting.AddAgendaItem("Welcome", AgendaPurpose.ForInformation, "Chair", 5);
        meeting.AddAgendaItem("Budget", AgendaPurpose.ForDecision, "Treasurer", 30);
        meeting.AddAgendaItem("AOB", AgendaPurpose.ForDiscussion, "Chair", 10);

        var starts = meeting.ItemStartTimes().Select(x => (x.Item.Title, x.StartsAt.ToString("HH:mm", CultureInfo.InvariantCulture))).ToList();

        Assert.Equal([("Welcome", "10:00"), ("Budget", "10:05"), ("AOB", "10:35")], starts);
        Assert.Equal(45, meeting.MinutesPlanned);
        Assert.False(meeting.IsOverPlanned);
    }

    [Fact]
    public void AnAgendaLongerThanTheMeeting_IsFlaggedOverPlanned()
    {
        var meeting = TwoHourMeeting();
        meeting.AddAgendaItem("Long item", AgendaPurpose.ForDiscussion, "", 100);
        meeting.AddAgendaItem("Another", AgendaPurpose.ForDiscussion, "", 21);

        Assert.True(meeting.IsOverPlanned);
    }

    [Fact]
    public void MovingAnItem_RenumbersTheOthers()
    {
        var meeting = TwoHourMeeting();
        var a = meeting.AddAgendaItem("A", AgendaPurpose.ForInformation, "", 5);
        meeting.AddAgendaItem("B", AgendaPurpose.ForInformation, "", 5);
        var c = meeting.AddAgendaItem("C", AgendaPurpose.ForInformation, "", 5);

        meeting.MoveAgendaItem(c.Id, 1);

        Assert.Equal(["C", "A", "B"], meeting.AgendaItems.Select(i => i.Title));
        Assert.Equal([1, 2, 3], meeting.AgendaItems.Select(i => i.Position));
        Assert.Equal(2, a.Position);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void ZeroOrNegativeMinutes_AreRefused_AndTheAgendaIsUnchanged(int minutes)
    {
        var meeting = TwoHourMeeting();
        var item = meeting.AddAgendaItem("Budget", AgendaPurpose.ForDecision, "", 20);

        var error = Assert.Throws<DomainRuleException>(() => meeting.AddAgendaItem("Bad", AgendaPurpose.ForDecision, "", minutes));
        Assert.Throws<DomainRuleException>(() => meeting.ReviseAgendaItem(item.Id, "Renamed", AgendaPurpose.ForDecision, "", minutes, "", false));

        Assert.Contains("greater than zero", error.Message);
        Assert.Single(meeting.AgendaItems);
        Assert.Equal(("Budget", 20), (item.Title, item.MinutesAllotted));
    }

    [Fact]
    public void AnApprovedAgenda_CannotChange_UntilReopened()
    {
        var meeting = TwoHourMeeting();
        meeting.AddAgendaItem("Budget", AgendaPurpose.ForDecision, "", 20);
        meeting.ApproveAgenda();

        Assert.Throws<DomainRuleException>(() => meeting.AddAgendaItem("Late item", AgendaPurpose.ForInformation, "", 5));
        meeting.ReopenAgenda();
        meeting.AddAgendaItem("Late item", AgendaPurpose.ForInformation, "", 5);

        Assert.Equal(2, meeting.AgendaItems.Count);
    }

    [Fact]
    public void AnEmptyAgenda_CannotBeApproved()
    {
        Assert.Throws<DomainRuleException>(() => TwoHourMeeting().ApproveAgenda());
    }

    [Fact]
    public void AMeetingRunsScheduledThenInProgressThenClosed_AndCannotBeCancelledOnceStarted()
    {
        var meeting = TwoHourMeeting();
        meeting.AddAgendaItem("Welcome", AgendaPurpose.ForInformation, "", 5);
        Assert.Throws<DomainRuleException>(() => meeting.Close(Ten, NotReachedChoice.RecordAsDeferred));

        meeting.Start(Ten);
        Assert.Throws<DomainRuleException>(() => meeting.Cancel());
        meeting.Close(Ten.AddHours(2), NotReachedChoice.RecordAsDeferred);

        Assert.Equal(MeetingStatus.Closed, meeting.Status);
        Assert.Throws<DomainRuleException>(() => meeting.Reschedule(Ten.AddDays(7), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void AZeroLengthMeeting_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() =>
            Meeting.Schedule(BoardId.New(), null, 1, "M", Ten, TimeSpan.Zero, "", ""));
    }

    [Fact]
    public void AnItemCarriedForward_ArrivesAtTheEndOfTheLaterAgendaAsItStood_AndOnlyOnce()
    {
        var earlier = TwoHourMeeting();
        var deferred = earlier.AddAgendaItem("Data linkage proposal", AgendaPurpose.ForDecision, "Daniel Price", 25, "Paper RD-14", isReserved: true);
        var later = Meeting.Schedule(earlier.BoardId, null, 2, "Delivery Group meeting 2", Ten.AddDays(42), TimeSpan.FromHours(2), "Room 1", "");
        later.AddAgendaItem("Welcome", AgendaPurpose.ForInformation, "Chair", 5);

        var carried = later.CarryForward(earlier, deferred.Id);

        Assert.Equal((2, "Data linkage proposal", AgendaPurpose.ForDecision, "Daniel Price", 25, "Paper RD-14", true, false),
            (carried.Position, carried.Title, carried.Purpose, carried.Presenter, carried.MinutesAllotted, carried.Description, carried.IsReserved, carried.IsStanding));
        Assert.Equal(deferred.Id, carried.CarriedFromId);
        Assert.NotEqual(deferred.Id, carried.Id);
        var again = Assert.Throws<DomainRuleException>(() => later.CarryForward(earlier, deferred.Id));
        Assert.Contains("already on the agenda of meeting 2", again.Message);
        Assert.Equal(2, later.AgendaItems.Count);
    }

    [Fact]
    public void AnItemCannotBeCarriedBackwards_OrOntoAnApprovedAgenda()
    {
        var earlier = TwoHourMeeting();
        var later = Meeting.Schedule(earlier.BoardId, null, 2, "Delivery Group meeting 2", Ten.AddDays(42), TimeSpan.FromHours(2), "Room 1", "");
        var item = later.AddAgendaItem("Horizon scan", AgendaPurpose.ForDiscussion, "Grace Okafor", 10);
        var other = earlier.AddAgendaItem("Budget", AgendaPurpose.ForDecision, "Treasurer", 30);

        Assert.Contains("later meeting", Assert.Throws<DomainRuleException>(() => earlier.CarryForward(later, item.Id)).Message);
        later.ApproveAgenda();
        Assert.Contains("approved", Assert.Throws<DomainRuleException>(() => later.CarryForward(earlier, other.Id)).Message);
        Assert.Single(earlier.AgendaItems);
        Assert.Single(later.AgendaItems);
    }
}
