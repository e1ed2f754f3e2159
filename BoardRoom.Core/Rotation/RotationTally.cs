using BoardRoom.Core.Boards;

namespace BoardRoom.Core.Rotation;

/// <summary>Per-nation counts of rotating co-chair turns over a date range, for the rotation page.</summary>
public sealed record RotationTally(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<NationTally> Nations)
{
    /// <summary>The nation's tally (zero if it had no turns in the range).</summary>
    public NationTally this[Nation nation] => Nations.FirstOrDefault(t => t.Nation == nation) ?? new NationTally(nation, 0, 0);
}
