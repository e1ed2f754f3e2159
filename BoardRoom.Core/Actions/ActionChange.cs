using BoardRoom.Core.People;

namespace BoardRoom.Core.Actions;

/// <summary>
/// One change to an action, kept for ever: who, when, which field, from what to what and why. Values are stored as
/// the text people read (an owner's name, a date), so the history stays true if a member later leaves the board.
/// </summary>
public sealed class ActionChange
{
    private ActionChange()
    {
        From = string.Empty;
        To = string.Empty;
        Reason = string.Empty;
    }

    internal ActionChange(ActionItemId actionId, PersonId by, DateTimeOffset at, ActionChangeField field, string from, string to, string reason)
    {
        Id = Guid.CreateVersion7();
        ActionItemId = actionId;
        By = by;
        At = at;
        Field = field;
        From = from;
        To = to;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    public ActionItemId ActionItemId { get; private set; }

    public PersonId By { get; private set; }

    public DateTimeOffset At { get; private set; }

    public ActionChangeField Field { get; private set; }

    public string From { get; private set; }

    public string To { get; private set; }

    public string Reason { get; private set; }
}
