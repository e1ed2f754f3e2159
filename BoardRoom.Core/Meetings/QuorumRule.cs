using BoardRoom.Core.Common;

namespace BoardRoom.Core.Meetings;

/// <summary>
/// A board's quorum: at least <see cref="MinimumMembers"/> voting members (co-chairs and members) present and not
/// withdrawn for the item, including at least one co-chair when <see cref="RequiresCoChair"/>.
/// </summary>
public sealed record QuorumRule
{
    public static readonly QuorumRule Default = new(5, true);

    public QuorumRule(int minimumMembers, bool requiresCoChair)
    {
        if (minimumMembers < 1)
        {
            throw new DomainRuleException("A quorum needs at least one member.");
        }
        MinimumMembers = minimumMembers;
        RequiresCoChair = requiresCoChair;
    }

    public int MinimumMembers { get; }

    public bool RequiresCoChair { get; }

    public string Describe() => RequiresCoChair
        ? $"{MinimumMembers} members including a co-chair"
        : $"{MinimumMembers} members";
}
