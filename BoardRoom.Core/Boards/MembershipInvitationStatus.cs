namespace BoardRoom.Core.Boards;

public enum MembershipInvitationStatus
{
    Pending,
    Accepted,
    Declined,
    Withdrawn,
}
