namespace BoardRoom.Core.Actions;

/// <summary>
/// The one rule for an action's RAG indicator, so the register, the action log review and any export agree.
/// <list type="bullet">
/// <item>grey: done or dropped; a closed action is not tracked, whatever its date.</item>
/// <item>red: open or in progress and past its due date (due today is not yet late).</item>
/// <item>amber: due within the next 14 days, or in progress with more than half of its time (agreed to due) gone;
/// both are the point at which a co-chair wants to ask about it before the next six-weekly meeting.</item>
/// <item>green: on track.</item>
/// </list>
/// "In progress past half its time" applies only to in-progress actions: an untouched open action is already
/// flagged by the 14-day window, and flagging it earlier would turn most of a long log amber.
/// </summary>
public static class ActionRagRule
{
    /// <summary>How close to the due date an open action turns amber.</summary>
    public const int AmberWindowDays = 14;

    public static ActionRag Of(ActionStatus status, DateOnly agreedOn, DateOnly dueOn, DateOnly today)
    {
        if (status is ActionStatus.Done or ActionStatus.Dropped)
        {
            return ActionRag.Grey;
        }
        if (dueOn < today)
        {
            return ActionRag.Red;
        }
        if (dueOn.DayNumber - today.DayNumber <= AmberWindowDays)
        {
            return ActionRag.Amber;
        }
        var span = dueOn.DayNumber - agreedOn.DayNumber;
        var gone = today.DayNumber - agreedOn.DayNumber;
        if (status == ActionStatus.InProgress && span > 0 && gone * 2 > span)
        {
            return ActionRag.Amber;
        }
        return ActionRag.Green;
    }
}
