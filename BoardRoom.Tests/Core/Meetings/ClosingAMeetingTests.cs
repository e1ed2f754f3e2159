using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;

namespace BoardRoom.Tests.Core.Meetings;

public sealed class ClosingAMeetingTests
{
    private static readonly DateTimeOffset Ten = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly MeetingSeriesId _series = MeetingSeriesId.New();

    private Meeting Agenda(DateTimeOffset at)
    {
        var meeting = Meeting.Schedule(BoardId.New(), _series, 1, "Delivery Group meeting", at, TimeSpan.FromHours(2), "", "");
        meeting.AddStandingItems(StandingAgenda.Default);
        meeting.AddAgendaItem("Wales action plan", AgendaPurpose.ForDiscussion, "Rhys Evans", 20);
        meeting.AddAgendaItem("Registry specification", AgendaPurpose.ForDecision, "Daniel Price", 25);
        meeting.AddAgendaItem("Procurement", AgendaPurpose.ForDiscussion, "Oliver Bennett", 15, isReserved: true);
        return meeting;
    }

    private static AgendaItem Item(Meeting m, string title) => m.AgendaItems.Single(i => i.Title == title);

    /// <summary>Runs the meeting up to and including the Wales item: the registry, procurement and AOB are not reached.</summary>
    private Meeting RunUpToWales()
    {
        var meeting = Agenda(Ten);
        meeting.Start(Ten);
        foreach (var item in meeting.AgendaItems.TakeWhile(i => i.Title != "Registry specification"))
        {
            meeting.SetCurrentItem(item.Id, Ten.AddMinutes(item.Position * 5));
        }
        return meeting;
    }

    [Fact]
    public void ClosingWithCarry_PutsTheItemsOfBusinessNotReachedOnTheNextAgenda_BeforeAnyOtherBusiness()
    {
        var meeting = RunUpToWales();
        var next = Agenda(Ten.AddDays(42));

        meeting.Close(Ten.AddHours(2), NotReachedChoice.CarryToNextMeeting, next);

        Assert.Equal(MeetingStatus.Closed, meeting.Status);
        Assert.Equal(AgendaItemOutcome.Taken, Item(meeting, "Wales action plan").Outcome);
        Assert.Equal(AgendaItemOutcome.CarriedForward, Item(meeting, "Registry specification").Outcome);
        Assert.Equal(AgendaItemOutcome.CarriedForward, Item(meeting, "Procurement").Outcome);
        Assert.Equal(AgendaItemOutcome.NotReached, Item(meeting, "Any other business").Outcome);
        var carried = next.AgendaItems.Where(i => i.CarriedFromId is not null).ToList();
        Assert.Equal([Item(meeting, "Registry specification").Id, Item(meeting, "Procurement").Id], carried.Select(i => i.CarriedFromId!.Value));
        Assert.True(carried[1].IsReserved);
        Assert.Equal("Any other business", next.AgendaItems[^1].Title);
    }

    [Fact]
    public void ClosingWithDefer_RecordsThemDeferred_AndTouchesNoOtherAgenda()
    {
        var meeting = RunUpToWales();
        var next = Agenda(Ten.AddDays(42));
        var before = next.AgendaItems.Count;

        meeting.Close(Ten.AddHours(2), NotReachedChoice.RecordAsDeferred, next);

        Assert.Equal(AgendaItemOutcome.Deferred, Item(meeting, "Registry specification").Outcome);
        Assert.Equal(before, next.AgendaItems.Count);
    }

    [Fact]
    public void AnItemCarriedByHandBeforeClosing_IsNotCarriedTwice()
    {
        var meeting = RunUpToWales();
        var next = Agenda(Ten.AddDays(42));
        next.CarryForward(meeting, Item(meeting, "Registry specification").Id);

        meeting.Close(Ten.AddHours(2), NotReachedChoice.RecordAsDeferred, next);

        Assert.Single(next.AgendaItems, i => i.CarriedFromId == Item(meeting, "Registry specification").Id);
        Assert.Equal(AgendaItemOutcome.CarriedForward, Item(meeting, "Registry specification").Outcome);
        Assert.Equal(AgendaItemOutcome.Deferred, Item(meeting, "Procurement").Outcome);
    }

    [Fact]
    public void CarryingWithNoLaterMeeting_IsRefused_AndTheMeetingStaysOpen()
    {
        var meeting = RunUpToWales();

        var refused = Assert.Throws<DomainRuleException>(() => meeting.Close(Ten.AddHours(2), NotReachedChoice.CarryToNextMeeting, null));

        Assert.Contains("generate the next meetings first, or record them as deferred", refused.Message);
        Assert.Equal(MeetingStatus.InProgress, meeting.Status);
        Assert.Equal(AgendaItemOutcome.Pending, Item(meeting, "Registry specification").Outcome);
    }

    [Fact]
    public void CarryingToAnApprovedAgenda_IsRefused_AndChangesNothing()
    {
        var meeting = RunUpToWales();
        var next = Agenda(Ten.AddDays(42));
        next.ApproveAgenda();
        var before = next.AgendaItems.Count;

        Assert.Throws<DomainRuleException>(() => meeting.Close(Ten.AddHours(2), NotReachedChoice.CarryToNextMeeting, next));

        Assert.Equal(MeetingStatus.InProgress, meeting.Status);
        Assert.Equal(before, next.AgendaItems.Count);
    }

    [Fact]
    public void AMeetingThatReachedEveryItem_ClosesWithNothingToCarry_EvenWithNoNextMeeting()
    {
        var meeting = Agenda(Ten);
        meeting.Start(Ten);
        foreach (var item in meeting.AgendaItems)
        {
            meeting.SetCurrentItem(item.Id, Ten.AddMinutes(item.Position * 5));
        }

        meeting.Close(Ten.AddHours(2), NotReachedChoice.CarryToNextMeeting, null);

        Assert.All(meeting.AgendaItems, i => Assert.Equal(AgendaItemOutcome.Taken, i.Outcome));
        Assert.Empty(meeting.ItemsNotReachedYet);
    }
}
