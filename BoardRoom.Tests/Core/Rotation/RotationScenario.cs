using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Rotation;
using CsCheck;

namespace BoardRoom.Tests.Core.Rotation;

/// <summary>
/// A generated board calendar: a pool order of one to four nations, 1–60 meetings, some cancelled, some
/// unavailability, the first few held, and a seed for anything else a property needs to pick.
/// </summary>
internal sealed record RotationScenario(Nation[] Order, int Count, bool[] Cancelled, (int Meeting, int Seat)[] Unavailable, int Held, int Seed)
{
    public static Gen<RotationScenario> Any(bool unavailability = true, bool cancellations = true, bool history = true) =>
        from keys in Gen.Int.Array[4]
        from size in Gen.Int[1, 4]
        from count in Gen.Int[1, 60]
        from cancelled in Gen.Int[0, cancellations ? 7 : 0].Array[count]
        from unavailable in Gen.Select(Gen.Int[0, count - 1], Gen.Int[0, size - 1]).Array[0, unavailability ? count : 0]
        from held in Gen.Int[0, history ? count : 0]
        from seed in Gen.Int
        select new RotationScenario(
            RotationCalendar.DefaultOrder.Zip(keys).OrderBy(p => p.Second).ThenBy(p => p.First).Take(size).Select(p => p.First).ToArray(),
            count,
            cancelled.Select(c => cancellations && c == 0).ToArray(),
            unavailable,
            held,
            seed);

    /// <summary>The calendar with cancellations and unavailability, nothing held yet.</summary>
    public RotationCalendar Calendar()
    {
        var calendar = new RotationCalendar(Count, Order);
        for (var i = 0; i < Count; i++)
        {
            if (Cancelled[i])
            {
                calendar.Cancel(i);
            }
        }
        foreach (var (meeting, seat) in Unavailable.Distinct())
        {
            calendar.Unavailable_(Order[seat], meeting);
        }
        return calendar;
    }

    /// <summary>
    /// The calendar planned before any meeting, with the plan stored, then with time moved on so the first
    /// <see cref="Held"/> meetings are history (closed, or just started).
    /// </summary>
    public RotationCalendar PlannedThenHeld()
    {
        var calendar = Calendar();
        calendar.Apply(calendar.Plan());
        PassTime(calendar);
        return calendar;
    }

    public void PassTime(RotationCalendar calendar)
    {
        if (Held == 0)
        {
            return;
        }
        for (var i = 0; i < Held - 1; i++)
        {
            if (!Cancelled[i])
            {
                calendar.Meetings[i] = calendar.Meetings[i] with { Status = MeetingStatus.Closed };
            }
        }
        // The last one is left "Scheduled": it counts as history because it has started.
        calendar.Now = calendar.Meetings[Held - 1].StartsAt.AddMinutes(1);
    }

    public override string ToString() =>
        $"order {string.Join(",", Order.Select(n => RotationCalendar.Letter(n)))}; {Count} meetings; cancelled [{string.Join(",", Enumerable.Range(0, Count).Where(i => Cancelled[i]))}]; " +
        $"unavailable [{string.Join(",", Unavailable.Select(u => $"{u.Meeting}:{RotationCalendar.Letter(Order[u.Seat])}"))}]; held {Held}; seed {Seed}";
}
