using BoardRoom.Core.Actions;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.Tests.Core.Actions;

public sealed class ActionCorrectionTests
{
    private static readonly DateTimeOffset Ten = new(2026, 7, 14, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Agreed = new(2026, 7, 14);
    private static readonly PersonId Owner = PersonId.New();
    private static readonly PersonId Secretary = PersonId.New();

    private static ActionItem Agree()
    {
        var meeting = Meeting.Schedule(BoardId.New(), null, 7, "Meeting 7", Ten, TimeSpan.FromHours(2), "", "");
        var item = meeting.AddAgendaItem("Registry", AgendaPurpose.ForDecision, "", 20).Id;
        return ActionItem.Agree(meeting, item, 3, "Publish the registry specification", Owner, "", "Specification published", Agreed.AddDays(42), Ten);
    }

    private static ActionCorrection Same(ActionItem a) => new(a.Description, a.OwnerPersonId, a.OwnerOrganisation, a.DueOn, "", a.Status, "");

    private static string Name(PersonId id) => id == Owner ? "Owen Owner" : "Someone";

    [Fact]
    public void MovingTheDueDate_NeedsAReason_AndChangesNothingWithoutOne()
    {
        var action = Agree();

        var error = Assert.Throws<DomainRuleException>(() =>
            action.Correct(Same(action) with { DueOn = Agreed.AddDays(60) }, ActionRight.Everything, Secretary, Ten.AddDays(1), Name));

        Assert.Contains("why the due date moves", error.Message);
        Assert.Equal(Agreed.AddDays(42), action.DueOn);
        Assert.Empty(action.Changes);
    }

    [Fact]
    public void ACorrection_KeepsWhoWhenFromToAndWhy_ForEachField()
    {
        var action = Agree();

        var corrected = Same(action) with
        {
            Description = "Publish the registry specification v2",
            DueOn = Agreed.AddDays(60),
            DueDateReason = "Awaiting Wales",
            OwnerPersonId = null,
            OwnerOrganisation = "NHS Wales",
        };
        action.Correct(corrected, ActionRight.Everything, Secretary, Ten.AddDays(1), Name);

        Assert.Collection(action.Changes,
            c => Assert.Equal((ActionChangeField.Wording, "Publish the registry specification", "Publish the registry specification v2"), (c.Field, c.From, c.To)),
            c => Assert.Equal((ActionChangeField.Owner, "Owen Owner", "NHS Wales"), (c.Field, c.From, c.To)),
            c => Assert.Equal((ActionChangeField.DueDate, "25 Aug 2026", "12 Sep 2026", "Awaiting Wales"), (c.Field, c.From, c.To, c.Reason)));
        Assert.All(action.Changes, c => Assert.Equal((Secretary, Ten.AddDays(1)), (c.By, c.At)));
        Assert.Equal("NHS Wales", action.OwnerOrganisation);
        Assert.Null(action.OwnerPersonId);
    }

    [Fact]
    public void AStatusChange_IsInTheHistory_AndDroppingNeedsAReason()
    {
        var action = Agree();
        Assert.Throws<DomainRuleException>(() => action.Correct(Same(action) with { Status = ActionStatus.Dropped }, ActionRight.StatusAndComment, Owner, Ten, Name));

        action.Correct(Same(action) with { Status = ActionStatus.InProgress, Comment = "Draft circulated" }, ActionRight.StatusAndComment, Owner, Ten, Name);

        var change = Assert.Single(action.Changes);
        Assert.Equal((ActionChangeField.Status, "Open", "In progress", "Draft circulated"), (change.Field, change.From, change.To, change.Reason));
        Assert.Equal(ActionStatus.InProgress, action.Status);
    }

    [Fact]
    public void TheOwnersRight_DoesNotReachTheDueDate()
    {
        Assert.Equal(ActionRight.None, ActionRights.Of(Agree(), null, Owner));
        var action = Agree();

        Assert.Equal(new HashSet<ActionChangeField> { ActionChangeField.DueDate }, action.FieldsChangedBy(Same(action) with { DueOn = Agreed.AddDays(50) }));
        Assert.Throws<InvalidOperationException>(() => action.Correct(Same(action) with { DueOn = Agreed.AddDays(50), DueDateReason = "late" }, ActionRight.StatusAndComment, Owner, Ten, Name));
        Assert.Empty(action.Changes);
    }

    [Fact]
    public void ACorrectionThatChangesNothing_IsRefused()
    {
        var action = Agree();

        Assert.Throws<DomainRuleException>(() => action.Correct(Same(action), ActionRight.Everything, Secretary, Ten, Name));
    }

    [Fact]
    public void ADueDateBeforeTheActionWasAgreed_IsRefused()
    {
        var action = Agree();

        var error = Assert.Throws<DomainRuleException>(() =>
            action.Correct(Same(action) with { DueOn = Agreed.AddDays(-1), DueDateReason = "typo" }, ActionRight.Everything, Secretary, Ten, Name));

        Assert.Contains("before the action was agreed", error.Message);
    }
}
