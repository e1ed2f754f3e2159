using BoardRoom.Core.Actions;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.Tests.Core.Actions;

public sealed class ActionItemTests
{
    private static readonly DateTimeOffset Ten = new(2026, 7, 14, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Agreed = new(2026, 7, 14);

    private static (Meeting Meeting, AgendaItemId Item) Meeting()
    {
        var meeting = BoardRoom.Core.Meetings.Meeting.Schedule(BoardId.New(), null, 7, "Meeting 7", Ten, TimeSpan.FromHours(2), "", "");
        return (meeting, meeting.AddAgendaItem("Registry", AgendaPurpose.ForDecision, "", 20).Id);
    }

    private static ActionItem Agree(PersonId? owner = null, string org = "", string measure = "Specification published", DateOnly? due = null)
    {
        var (meeting, item) = Meeting();
        return ActionItem.Agree(meeting, item, 3, "Publish the registry specification", owner ?? PersonId.New(), org, measure, due ?? Agreed.AddDays(42), Ten);
    }

    [Fact]
    public void AnAgreedActionIsOpen_NumberedAndOverdueOnlyAfterItsDate()
    {
        var action = Agree();

        Assert.Equal("A-2026-03", action.Reference);
        Assert.Equal(ActionStatus.Open, action.Status);
        Assert.False(action.IsOverdue(Agreed.AddDays(42)));
        Assert.True(action.IsOverdue(Agreed.AddDays(43)));
    }

    [Fact]
    public void AMeasureADueDateAndAnOwner_AreRequired()
    {
        var (meeting, item) = Meeting();

        Assert.Throws<DomainRuleException>(() => Agree(measure: " "));
        Assert.Throws<DomainRuleException>(() => ActionItem.Agree(meeting, item, 1, "Do it", null, "", "Done", Agreed.AddDays(1), Ten));
        var byOrganisation = ActionItem.Agree(meeting, item, 1, "Do it", null, "NHS Wales", "Done", Agreed.AddDays(1), Ten);
        Assert.Equal("NHS Wales", byOrganisation.OwnerOrganisation);
    }

    [Fact]
    public void ADueDateBeforeTheMeeting_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Agree(due: Agreed.AddDays(-1)));

        Assert.Contains("before the action was agreed", error.Message);
    }

    [Fact]
    public void DroppingNeedsAReason_AndADoneActionIsNoLongerOverdue()
    {
        var action = Agree(due: Agreed.AddDays(1));
        var by = PersonId.New();

        Assert.Throws<DomainRuleException>(() => action.Update(by, Ten, "", ActionStatus.Dropped));
        Assert.Equal(ActionStatus.Open, action.Status);
        action.Update(by, Ten.AddDays(5), "Published on the forum.", ActionStatus.Done);

        Assert.False(action.IsOverdue(Agreed.AddDays(30)));
        Assert.Single(action.Updates);
        Assert.Equal(ActionStatus.Done, action.Updates[0].NewStatus);
    }

    [Fact]
    public void ADroppedActionKeepsItsReason()
    {
        var action = Agree();

        action.Update(PersonId.New(), Ten, "Superseded by the national plan.", ActionStatus.Dropped);

        Assert.Equal("Superseded by the national plan.", action.DropReason);
        Assert.False(action.IsOpen);
    }
}
