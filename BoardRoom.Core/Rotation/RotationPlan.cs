using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;

namespace BoardRoom.Core.Rotation;

/// <summary>
/// The result of <see cref="CoChairRotation.Plan"/>: every meeting of the board in date order with its rotating
/// co-chair, and the turns still owed at the end.
/// </summary>
public sealed class RotationPlan
{
    private readonly Dictionary<MeetingId, RotationPlanEntry> _byMeeting;

    internal RotationPlan(IReadOnlyList<RotationSeat> pool, IReadOnlyList<RotationPlanEntry> entries, IReadOnlyList<Nation> owed)
    {
        Pool = pool;
        Entries = entries;
        Owed = owed;
        _byMeeting = entries.ToDictionary(e => e.MeetingId);
    }

    /// <summary>The rotation order the plan was made with.</summary>
    public IReadOnlyList<RotationSeat> Pool { get; }

    /// <summary>All meetings, ordered by start then id.</summary>
    public IReadOnlyList<RotationPlanEntry> Entries { get; }

    /// <summary>Turns owed after the last meeting, oldest first (a nation appears once per turn it is owed).</summary>
    public IReadOnlyList<Nation> Owed { get; }

    public RotationPlanEntry this[MeetingId meetingId] => _byMeeting[meetingId];

    public RotationPlanEntry? Find(MeetingId meetingId) => _byMeeting.GetValueOrDefault(meetingId);

    /// <summary>
    /// Turns per nation for meetings starting in [<paramref name="from"/>, <paramref name="to"/>): held meetings
    /// count for the nation of the person who chaired them, planned ones for the nation planned. Cancelled meetings
    /// and meetings without a co-chair count for nobody. Every nation in the pool is listed, in rotation order.
    /// </summary>
    public RotationTally Tally(DateTimeOffset from, DateTimeOffset to)
    {
        var inRange = Entries.Where(e => e.StartsAt >= from && e.StartsAt < to && e.Nation is not null).ToList();
        var nations = Pool.Select(s => s.Nation)
            .Concat(inRange.Select(e => e.Nation!.Value).Distinct().Order())
            .Distinct();
        var tallies = nations
            .Select(n => new NationTally(
                n,
                inRange.Count(e => e.Nation == n && e.IsFixed),
                inRange.Count(e => e.Nation == n && e.IsPlanned)))
            .ToList();
        return new RotationTally(from, to, tallies);
    }

    /// <summary>Turns per nation over every meeting in the plan.</summary>
    public RotationTally Tally() => Tally(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
}
