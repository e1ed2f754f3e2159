using BoardRoom.Core.Common;
using BoardRoom.Core.People;

namespace BoardRoom.Core.Boards;

/// <summary>
/// A board's offer of a seat to someone who is already known to BoardRoom (they have a login, or sit on another board).
/// Such a person is never enrolled by a secretariat alone: they accept the seat themselves, signed in as themselves.
/// The invitation keeps the name the inviting secretariat typed, so the inviting board never learns what other boards
/// hold about the person.
/// </summary>
public sealed class MembershipInvitation
{
    private MembershipInvitation()
    {
        NameAsInvited = string.Empty;
        Email = string.Empty;
        Title = string.Empty;
        Organisation = string.Empty;
    }

    public MembershipInvitationId Id { get; private set; }

    public BoardId BoardId { get; private set; }

    /// <summary>The invited person; never shown to the inviting board.</summary>
    public PersonId PersonId { get; private set; }

    public string NameAsInvited { get; private set; }

    public string Email { get; private set; }

    public BoardRole Role { get; private set; }

    public Nation? Nation { get; private set; }

    public string Title { get; private set; }

    public string Organisation { get; private set; }

    public PersonId InvitedBy { get; private set; }

    public DateTimeOffset InvitedAt { get; private set; }

    public MembershipInvitationStatus Status { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public bool IsPending => Status == MembershipInvitationStatus.Pending;

    public static MembershipInvitation Create(Board board, Person person, string nameAsInvited, BoardRole role, Nation? nation,
        string title, string organisation, PersonId invitedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(person);
        if (board.ActiveMembershipOf(person.Id) is not null)
        {
            throw new DomainRuleException("That person is already a member of this board.");
        }
        return new MembershipInvitation
        {
            Id = MembershipInvitationId.New(),
            BoardId = board.Id,
            PersonId = person.Id,
            NameAsInvited = Require.Text(nameAsInvited, "Name", 120),
            Email = person.Email,
            Role = role,
            Nation = nation,
            Title = Require.OptionalText(title, "Title", 200),
            Organisation = Require.OptionalText(organisation, "Organisation", 200),
            InvitedBy = invitedBy,
            InvitedAt = at,
            Status = MembershipInvitationStatus.Pending,
        };
    }

    /// <summary>The invited person takes the seat.</summary>
    public Membership Accept(Board board, PersonId by, DateTimeOffset at, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(board);
        Decide(by == PersonId && board.Id == BoardId, "Only the person invited can accept this invitation.");
        var membership = board.AddMember(PersonId, Role, Nation, Title, Organisation, today);
        Status = MembershipInvitationStatus.Accepted;
        DecidedAt = at;
        return membership;
    }

    public void Decline(PersonId by, DateTimeOffset at)
    {
        Decide(by == PersonId, "Only the person invited can decline this invitation.");
        Status = MembershipInvitationStatus.Declined;
        DecidedAt = at;
    }

    /// <summary>The board's secretariat takes the offer back before it is answered.</summary>
    public void Withdraw(DateTimeOffset at)
    {
        RequirePending();
        Status = MembershipInvitationStatus.Withdrawn;
        DecidedAt = at;
    }

    private void Decide(bool allowed, string refusal)
    {
        if (!allowed)
        {
            throw new DomainRuleException(refusal);
        }
        RequirePending();
    }

    private void RequirePending()
    {
        if (!IsPending)
        {
            throw new DomainRuleException("This invitation has already been answered or withdrawn.");
        }
    }
}
