using BoardRoom.Core.People;

namespace BoardRoom.Core.Actions;

/// <summary>A comment on an action, with the status it moved to (if it moved).</summary>
public sealed class ActionUpdate
{
    private ActionUpdate()
    {
        Comment = string.Empty;
    }

    internal ActionUpdate(ActionItemId actionId, PersonId by, DateTimeOffset at, string comment, ActionStatus? newStatus)
    {
        Id = Guid.CreateVersion7();
        ActionItemId = actionId;
        By = by;
        At = at;
        Comment = comment;
        NewStatus = newStatus;
    }

    public Guid Id { get; private set; }

    public ActionItemId ActionItemId { get; private set; }

    public PersonId By { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Comment { get; private set; }

    public ActionStatus? NewStatus { get; private set; }
}
