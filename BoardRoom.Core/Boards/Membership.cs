using BoardRoom.Core.Common;
using BoardRoom.Core.People;

namespace BoardRoom.Core.Boards;

/// <summary>A person's seat on a board: their role, the nation they represent (if any) and their organisation.</summary>
public sealed class Membership
{
    private Membership()
    {
        Organisation = string.Empty;
        Title = string.Empty;
    }

    internal Membership(BoardId boardId, PersonId personId, BoardRole role, Nation? nation, string title, string organisation, DateOnly joinedOn)
    {
        Id = MembershipId.New();
        BoardId = boardId;
        PersonId = personId;
        Role = role;
        Nation = nation;
        Title = Require.OptionalText(title, "Title", 200);
        Organisation = Require.OptionalText(organisation, "Organisation", 200);
        JoinedOn = joinedOn;
    }

    public MembershipId Id { get; private set; }

    public BoardId BoardId { get; private set; }

    public PersonId PersonId { get; private set; }

    public BoardRole Role { get; private set; }

    public Nation? Nation { get; private set; }

    /// <summary>The person's title on this board, e.g. "Chief Medical Officer's representative".</summary>
    public string Title { get; private set; }

    public string Organisation { get; private set; }

    public bool IsPermanentCoChair { get; private set; }

    public DateOnly JoinedOn { get; private set; }

    public DateOnly? LeftOn { get; private set; }

    public bool IsActive => LeftOn is null;

    public bool Can(BoardCapability capability) => IsActive && capability switch
    {
        BoardCapability.View => true,
        BoardCapability.ViewReservedBusiness => Role is BoardRole.CoChair or BoardRole.Member or BoardRole.Secretariat,
        BoardCapability.EditMinutes => Role is BoardRole.CoChair or BoardRole.Member or BoardRole.Secretariat,
        BoardCapability.Administer => Role is BoardRole.Secretariat,
        _ => false,
    };

    internal void ChangeRole(BoardRole role, Nation? nation)
    {
        if (IsPermanentCoChair && role != BoardRole.CoChair)
        {
            throw new DomainRuleException("The permanent co-chair must stay a co-chair; appoint another permanent co-chair first.");
        }
        Role = role;
        Nation = nation;
    }

    internal void SetPermanentCoChair(bool value) => IsPermanentCoChair = value;

    internal void Leave(DateOnly on)
    {
        if (IsPermanentCoChair)
        {
            throw new DomainRuleException("The permanent co-chair cannot leave the board until another is appointed.");
        }
        if (on < JoinedOn)
        {
            throw new DomainRuleException("A member cannot leave before they joined.");
        }
        LeftOn = on;
    }
}
