using System.Globalization;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.Core.Rotation;

/// <summary>
/// Decides who co-chairs each meeting alongside the permanent co-chair. Pure and deterministic: no clock, no I/O;
/// the same <see cref="RotationInput"/> always gives the same <see cref="RotationPlan"/>.
/// </summary>
/// <remarks>
/// <para>Meetings are taken in order of start, then id. The rule keeps two pieces of state: the <b>turn</b> (the
/// nation next in the configured order) and a list of <b>owed turns</b> (oldest first).</para>
/// <list type="number">
/// <item><b>Held</b> meetings (closed, in progress, or due to start by <see cref="RotationInput.Now"/>) keep their
/// co-chair, whatever else the input says. A cancelled meeting gets no co-chair and uses no turn.</item>
/// <item>Every meeting that has a co-chair, held or planned, is <b>replayed</b> as a turn of that nation N: if N is
/// owed a turn, its oldest owed turn is repaid; else if it is N's turn, the turn moves to the next nation; else
/// every nation from the turn up to N is passed over and owed a turn, and the turn moves to the nation after N.
/// So history (and each nation's debts) is derived from the held meetings alone, and a plan replayed as history
/// gives the same state the planner had: fixing a meeting never changes the plan of the ones after it.</item>
/// <item>A <b>planned</b> meeting goes to, in this order: the nation with the oldest owed turn that is available;
/// else the nation whose turn it is, if available; else the next available nation in order, every nation before it
/// being passed over and owed a turn. If nobody is available the meeting has no co-chair and no turn is used.</item>
/// <item>A <b>pinned</b> meeting (swap or choice by hand) keeps its pinned co-chair while that person is still in the
/// rotation and available; it is replayed as a turn of <see cref="RotationPin.TurnOf"/> (for a swap: whose turn the
/// meeting was before the swap, so the meetings between two swapped ones keep their co-chairs) or of the chosen
/// nation (a choice by hand).</item>
/// </list>
/// <para>With nobody unavailable and no pins this is round-robin in the configured order, so in any run of
/// consecutive planned meetings the counts per nation differ by at most one. A nation passed over is repaid at the
/// first meeting where it is available (older debts first); each debt is one turn, so long-run counts even out.</para>
/// </remarks>
public static class CoChairRotation
{
    /// <summary>Plans every meeting in <paramref name="input"/>; see the type's remarks for the rule.</summary>
    public static RotationPlan Plan(RotationInput input)
    {
        var pool = input.Pool;
        var state = new TurnState(pool.Count);
        var pins = input.Pins.ToDictionary(p => p.MeetingId);
        var entries = new List<RotationPlanEntry>(input.Meetings.Count);

        foreach (var meeting in input.Meetings.OrderBy(m => m.StartsAt).ThenBy(m => m.Id.Value))
        {
            pins.TryGetValue(meeting.Id, out var pin);
            if (meeting.Status == MeetingStatus.Cancelled)
            {
                entries.Add(new RotationPlanEntry(meeting.Id, meeting.StartsAt, RotationOutcome.Cancelled, null, null, [], null));
                continue;
            }
            if (meeting.IsFixedAt(input.Now))
            {
                var nation = input.NationOf(meeting.RotatingCoChairId);
                var turnOf = pin is not null && pin.MembershipId == meeting.RotatingCoChairId ? pin.TurnOf ?? nation : nation;
                Replay(state, pool, turnOf);
                entries.Add(new RotationPlanEntry(meeting.Id, meeting.StartsAt, RotationOutcome.Held, meeting.RotatingCoChairId, nation, [], null));
                continue;
            }

            string? note = null;
            if (pin is not null)
            {
                var seat = pool.FirstOrDefault(s => s.MembershipId == pin.MembershipId);
                if (seat is not null && !input.IsUnavailable(meeting.Id, seat.MembershipId))
                {
                    Replay(state, pool, pin.TurnOf is { } t && pool.Any(s => s.Nation == t) ? t : seat.Nation);
                    entries.Add(new RotationPlanEntry(meeting.Id, meeting.StartsAt, RotationOutcome.Pinned, seat.MembershipId, seat.Nation, [], null));
                    continue;
                }
                note = seat is null
                    ? "The co-chair this meeting was swapped or chosen for has left the rotation, so the rotation chose again."
                    : $"{seat.Nation.Display()}'s co-chair, swapped or chosen for this meeting, is now unavailable, so the rotation chose again.";
            }

            if (pool.Count == 0)
            {
                entries.Add(new RotationPlanEntry(meeting.Id, meeting.StartsAt, RotationOutcome.Unassigned, null, null, [],
                    "The board has no rotating co-chairs."));
                continue;
            }
            var choice = state.Choose(i => !input.IsUnavailable(meeting.Id, pool[i].MembershipId));
            if (choice is null)
            {
                entries.Add(new RotationPlanEntry(meeting.Id, meeting.StartsAt, RotationOutcome.Unassigned, null, null, [],
                    "Every rotating co-chair is unavailable for this meeting."));
                continue;
            }
            var (index, outcome, passed) = choice.Value;
            state.Served(index);
            entries.Add(new RotationPlanEntry(meeting.Id, meeting.StartsAt, outcome, pool[index].MembershipId, pool[index].Nation,
                passed.Select(i => pool[i].Nation).ToList(), note));
        }
        return new RotationPlan(pool, entries, state.Owed.Select(i => pool[i].Nation).ToList());
    }

    /// <summary>
    /// Exchanges the rotating co-chairs of two planned meetings of the board. Both become pins that re-planning
    /// keeps; each pin remembers whose turn its meeting was, so no other meeting's co-chair changes.
    /// </summary>
    /// <exception cref="DomainRuleException">
    /// The same meeting twice; a meeting not of this board; a held, past or cancelled meeting; a meeting without a
    /// co-chair; both with the same co-chair; a co-chair unavailable for the other meeting; or no reason given.
    /// </exception>
    public static RotationDecision Swap(RotationInput input, MeetingId meetingA, MeetingId meetingB, string reason, PersonId? by, DateTimeOffset at)
    {
        if (meetingA == meetingB)
        {
            throw new DomainRuleException("A meeting cannot be swapped with itself: choose two different meetings.");
        }
        var why = Require.Text(reason, "The reason for the swap", 500);
        var before = Plan(input);
        var a = SwappableEntry(before, meetingA);
        var b = SwappableEntry(before, meetingB);
        if (a.CoChairId == b.CoChairId)
        {
            throw new DomainRuleException("Both meetings have the same rotating co-chair, so swapping would change nothing.");
        }
        EnsureAvailable(input, a.CoChairId!.Value, b);
        EnsureAvailable(input, b.CoChairId!.Value, a);

        var pins = new[]
        {
            new RotationPin(a.MeetingId, b.CoChairId!.Value, TurnOf(input, a), RotationChangeKind.Swapped),
            new RotationPin(b.MeetingId, a.CoChairId!.Value, TurnOf(input, b), RotationChangeKind.Swapped),
        };
        var after = Plan(input.WithPins(input.Pins.Where(p => p.MeetingId != a.MeetingId && p.MeetingId != b.MeetingId).Concat(pins)));
        var changes = RotationChanges.Between(before, after, why, by, at)
            .Select(c => c.MeetingId == a.MeetingId || c.MeetingId == b.MeetingId ? c with { Kind = RotationChangeKind.Swapped } : c)
            .ToList();
        return new RotationDecision(pins, changes, after);
    }

    /// <summary>
    /// Chooses a planned meeting's rotating co-chair by hand. The choice becomes a pin that counts as the chosen
    /// nation's turn, so later meetings are re-planned around it (the changes include theirs).
    /// </summary>
    public static RotationDecision Choose(RotationInput input, MeetingId meetingId, MembershipId coChair, string reason, PersonId? by, DateTimeOffset at)
    {
        var why = Require.Text(reason, "The reason for the choice", 500);
        var before = Plan(input);
        var entry = PlannedEntry(before, meetingId);
        var seat = input.Pool.FirstOrDefault(s => s.MembershipId == coChair)
            ?? throw new DomainRuleException("Only a rotating co-chair of this board can be chosen.");
        EnsureAvailable(input, coChair, entry);

        var pin = new RotationPin(meetingId, seat.MembershipId, null, RotationChangeKind.Chosen);
        var after = Plan(input.WithPins(input.Pins.Where(p => p.MeetingId != meetingId).Append(pin)));
        var changes = RotationChanges.Between(before, after, why, by, at)
            .Select(c => c.MeetingId == meetingId ? c with { Kind = RotationChangeKind.Chosen } : c)
            .ToList();
        return new RotationDecision([pin], changes, after);
    }

    private static RotationPlanEntry PlannedEntry(RotationPlan plan, MeetingId id)
    {
        var entry = plan.Find(id) ?? throw new DomainRuleException("That meeting is not one of this board's meetings.");
        var when = Describe(entry.StartsAt);
        return entry.Outcome switch
        {
            RotationOutcome.Held => throw new DomainRuleException($"The meeting on {when} has started or been held; its co-chair can no longer change."),
            RotationOutcome.Cancelled => throw new DomainRuleException($"The meeting on {when} is cancelled, so it has no co-chair."),
            _ => entry,
        };
    }

    private static RotationPlanEntry SwappableEntry(RotationPlan plan, MeetingId id)
    {
        var entry = PlannedEntry(plan, id);
        if (entry.CoChairId is null)
        {
            throw new DomainRuleException($"The meeting on {Describe(entry.StartsAt)} has no rotating co-chair to swap.");
        }
        return entry;
    }

    private static void EnsureAvailable(RotationInput input, MembershipId member, RotationPlanEntry target)
    {
        if (input.IsUnavailable(target.MeetingId, member))
        {
            var nation = input.NationOf(member);
            var who = nation is null ? "That co-chair" : $"{nation.Value.Display()}'s co-chair";
            throw new DomainRuleException($"{who} is unavailable for the meeting on {Describe(target.StartsAt)}.");
        }
    }

    /// <summary>Whose turn a planned meeting stands for in the replay.</summary>
    private static Nation? TurnOf(RotationInput input, RotationPlanEntry entry) =>
        entry.Outcome == RotationOutcome.Pinned
            ? input.Pins.First(p => p.MeetingId == entry.MeetingId).TurnOf ?? entry.Nation
            : entry.Nation;

    private static string Describe(DateTimeOffset startsAt) =>
        LondonTime.ToLocal(startsAt).ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static void Replay(TurnState state, IReadOnlyList<RotationSeat> pool, Nation? nation)
    {
        if (nation is null)
        {
            return;
        }
        for (var i = 0; i < pool.Count; i++)
        {
            if (pool[i].Nation == nation)
            {
                state.Served(i);
                return;
            }
        }
    }

    /// <summary>The turn (an index into the pool) and the owed turns, oldest first.</summary>
    private sealed class TurnState(int size)
    {
        private readonly List<int> _owed = [];
        private int _turn;

        public IReadOnlyList<int> Owed => _owed;

        public (int Index, RotationOutcome Outcome, List<int> PassedOver)? Choose(Func<int, bool> available)
        {
            foreach (var owed in _owed)
            {
                if (available(owed))
                {
                    return (owed, RotationOutcome.OwedTurn, []);
                }
            }
            if (available(_turn))
            {
                return (_turn, RotationOutcome.RegularTurn, []);
            }
            var passed = new List<int> { _turn };
            for (var i = Next(_turn); i != _turn; i = Next(i))
            {
                if (available(i))
                {
                    return (i, RotationOutcome.PassedOn, passed);
                }
                passed.Add(i);
            }
            return null;
        }

        /// <summary>Records a turn of the nation at <paramref name="index"/>.</summary>
        public void Served(int index)
        {
            var owed = _owed.IndexOf(index);
            if (owed >= 0)
            {
                _owed.RemoveAt(owed);
                return;
            }
            while (_turn != index)
            {
                _owed.Add(_turn);
                _turn = Next(_turn);
            }
            _turn = Next(_turn);
        }

        private int Next(int i) => (i + 1) % size;
    }
}
