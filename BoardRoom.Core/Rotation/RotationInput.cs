using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;

namespace BoardRoom.Core.Rotation;

/// <summary>
/// Everything the rotation rule looks at, for one board. Checked when built: a bad input throws
/// <see cref="DomainRuleException"/>. The order of <see cref="Pool"/> is the rotation order and matters; the order in
/// which meetings, unavailability and pins are given does not.
/// </summary>
public sealed class RotationInput
{
    public RotationInput(
        BoardId boardId,
        IEnumerable<RotationSeat> pool,
        IEnumerable<RotationMeeting> meetings,
        DateTimeOffset now,
        IEnumerable<Unavailability>? unavailable = null,
        IEnumerable<RotationPin>? pins = null,
        IEnumerable<RotationSeat>? formerCoChairs = null)
    {
        BoardId = boardId;
        Pool = [.. pool];
        Now = now;
        Meetings = [.. meetings];
        Unavailable = (unavailable ?? []).ToHashSet();
        Pins = [.. pins ?? []];
        FormerCoChairs = [.. formerCoChairs ?? []];

        if (Pool.Select(s => s.Nation).Distinct().Count() != Pool.Count)
        {
            throw new DomainRuleException("Each nation can have only one co-chair in the rotation.");
        }
        if (Pool.Select(s => s.MembershipId).Distinct().Count() != Pool.Count)
        {
            throw new DomainRuleException("A co-chair can appear only once in the rotation.");
        }
        if (Meetings.Any(m => m.BoardId != boardId))
        {
            throw new DomainRuleException("The rotation can only plan meetings of its own board.");
        }
        if (Meetings.Select(m => m.Id).Distinct().Count() != Meetings.Count)
        {
            throw new DomainRuleException("A meeting was listed twice.");
        }
        if (Pins.Select(p => p.MeetingId).Distinct().Count() != Pins.Count)
        {
            throw new DomainRuleException("A meeting can have only one pinned co-chair.");
        }
    }

    public BoardId BoardId { get; }

    /// <summary>The rotating co-chairs, one per nation, in rotation order.</summary>
    public IReadOnlyList<RotationSeat> Pool { get; }

    /// <summary>The board's meetings, in any order; the rule orders them by start, then by id.</summary>
    public IReadOnlyList<RotationMeeting> Meetings { get; }

    /// <summary>Meetings that start at or before this instant are history.</summary>
    public DateTimeOffset Now { get; }

    public IReadOnlySet<Unavailability> Unavailable { get; }

    public IReadOnlyList<RotationPin> Pins { get; }

    /// <summary>People who co-chaired for a nation in the past but are no longer in the pool, so held meetings still count for their nation.</summary>
    public IReadOnlyList<RotationSeat> FormerCoChairs { get; }

    /// <summary>
    /// The input for a board: its rotating co-chairs in <paramref name="order"/> (default England, Scotland, Wales,
    /// Northern Ireland; nations without a rotating co-chair are left out), and its former nation co-chairs.
    /// </summary>
    public static RotationInput For(
        Board board,
        IEnumerable<Meeting> meetings,
        DateTimeOffset now,
        IEnumerable<Nation>? order = null,
        IEnumerable<Unavailability>? unavailable = null,
        IEnumerable<RotationPin>? pins = null)
    {
        var rotating = board.RotatingCoChairs.ToList();
        if (rotating.GroupBy(m => m.Nation).Any(g => g.Count() > 1))
        {
            throw new DomainRuleException("Each nation can have only one rotating co-chair; remove the extra one before planning.");
        }
        var nations = (order ?? Enum.GetValues<Nation>()).ToList();
        if (nations.Distinct().Count() != nations.Count)
        {
            throw new DomainRuleException("The rotation order names a nation twice.");
        }
        var missing = rotating.Where(m => !nations.Contains(m.Nation!.Value)).ToList();
        if (missing.Count > 0)
        {
            throw new DomainRuleException($"The rotation order leaves out {missing[0].Nation!.Value.Display()}.");
        }
        var pool = nations
            .Select(n => rotating.FirstOrDefault(m => m.Nation == n))
            .OfType<Membership>()
            .Select(m => new RotationSeat(m.Id, m.Nation!.Value))
            .ToList();
        var former = board.Members
            .Where(m => m.Nation is not null && pool.All(s => s.MembershipId != m.Id))
            .Select(m => new RotationSeat(m.Id, m.Nation!.Value));
        return new RotationInput(board.Id, pool, meetings.Select(RotationMeeting.From), now, unavailable, pins, former);
    }

    public RotationInput WithMeetings(IEnumerable<RotationMeeting> meetings) =>
        new(BoardId, Pool, meetings, Now, Unavailable, Pins, FormerCoChairs);

    public RotationInput WithPins(IEnumerable<RotationPin> pins) =>
        new(BoardId, Pool, Meetings, Now, Unavailable, pins, FormerCoChairs);

    public RotationInput WithUnavailable(IEnumerable<Unavailability> unavailable) =>
        new(BoardId, Pool, Meetings, Now, unavailable, Pins, FormerCoChairs);

    public RotationInput WithNow(DateTimeOffset now) =>
        new(BoardId, Pool, Meetings, now, Unavailable, Pins, FormerCoChairs);

    /// <summary>The meetings as the plan gives them: each meeting's rotating co-chair replaced by the plan's.</summary>
    public RotationInput WithPlanApplied(RotationPlan plan) =>
        WithMeetings(Meetings.Select(m => plan.Find(m.Id) is { } e ? m with { RotatingCoChairId = e.CoChairId } : m));

    internal bool IsUnavailable(MeetingId meeting, MembershipId member) => Unavailable.Contains(new Unavailability(meeting, member));

    internal Nation? NationOf(MembershipId? member) =>
        member is null ? null
        : Pool.FirstOrDefault(s => s.MembershipId == member)?.Nation
          ?? FormerCoChairs.FirstOrDefault(s => s.MembershipId == member)?.Nation;
}
