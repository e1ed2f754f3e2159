using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.Core.Rotation;

/// <summary>Turns the difference between two plans (or between the meetings as stored and a plan) into change-log records.</summary>
public static class RotationChanges
{
    /// <summary>
    /// One change for each meeting of <paramref name="after"/> whose rotating co-chair differs from
    /// <paramref name="before"/> (a meeting missing from <paramref name="before"/> counts as having had none), in date order.
    /// Kind: <see cref="RotationChangeKind.Planned"/> from none, <see cref="RotationChangeKind.Cleared"/> to none,
    /// otherwise <see cref="RotationChangeKind.Replanned"/>.
    /// </summary>
    public static IReadOnlyList<RotationChange> Between(RotationPlan before, RotationPlan after, string reason, PersonId? by, DateTimeOffset at) =>
        Diff(id => before.Find(id)?.CoChairId, after, reason, by, at);

    /// <summary>As <see cref="Between"/>, with the co-chairs the meetings have now (as stored) as the "before".</summary>
    public static IReadOnlyList<RotationChange> FromCurrent(IEnumerable<RotationMeeting> current, RotationPlan after, string reason, PersonId? by, DateTimeOffset at)
    {
        var now = current.ToDictionary(m => m.Id, m => m.RotatingCoChairId);
        return Diff(id => now.GetValueOrDefault(id), after, reason, by, at);
    }

    private static List<RotationChange> Diff(Func<MeetingId, Boards.MembershipId?> before, RotationPlan after, string reason, PersonId? by, DateTimeOffset at)
    {
        var changes = new List<RotationChange>();
        foreach (var entry in after.Entries)
        {
            var from = before(entry.MeetingId);
            if (from == entry.CoChairId)
            {
                continue;
            }
            var kind = from is null ? RotationChangeKind.Planned
                : entry.CoChairId is null ? RotationChangeKind.Cleared
                : RotationChangeKind.Replanned;
            changes.Add(new RotationChange(entry.MeetingId, from, entry.CoChairId, kind, reason, by, at));
        }
        return changes;
    }
}
