using BoardRoom.Core.Boards;
using BoardRoom.Core.People;

namespace BoardRoom.Core.Actions;

/// <summary>Who may change an action: the owner its progress; a co-chair or the secretariat anything.</summary>
public static class ActionRights
{
    public static ActionRight Of(ActionItem action, Membership? membership, PersonId person)
    {
        if (membership is not { IsActive: true } || membership.BoardId != action.BoardId || membership.PersonId != person)
        {
            return ActionRight.None;
        }
        if (membership.Role is BoardRole.CoChair or BoardRole.Secretariat)
        {
            return ActionRight.Everything;
        }
        return action.OwnerPersonId == person ? ActionRight.StatusAndComment : ActionRight.None;
    }
}
