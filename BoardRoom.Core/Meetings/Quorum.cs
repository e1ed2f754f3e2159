using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;

namespace BoardRoom.Core.Meetings;

/// <summary>The quorum rule applied to who is present now, less those withdrawn from the item for an interest.</summary>
public static class Quorum
{
    public static QuorumStatus Evaluate(QuorumRule rule, IEnumerable<Membership> members, Meeting meeting, AgendaItemId? itemId, DateTimeOffset at)
    {
        var voting = members.Where(m => m.IsActive && m.Role is BoardRole.CoChair or BoardRole.Member).ToDictionary(m => m.PersonId);
        var withdrawn = itemId is { } item
            ? meeting.Declarations.Where(d => d.AgendaItemId == item && d.Withdraws).Select(d => d.PersonId).Distinct().ToList()
            : [];
        var present = meeting.Attendance
            .Where(a => a.PersonId is { } p && voting.ContainsKey(p) && a.IsPresentAt(at))
            .Select(a => voting[a.PersonId!.Value])
            .ToList();
        var counted = present.Where(m => !withdrawn.Contains(m.PersonId)).ToList();
        var coChair = counted.Any(m => m.Role == BoardRole.CoChair);
        var enough = counted.Count >= rule.MinimumMembers;
        var quorate = enough && (coChair || !rule.RequiresCoChair);

        var withdrawnPresent = present.Count(m => withdrawn.Contains(m.PersonId));
        var explanation = $"{counted.Count} counted, {rule.MinimumMembers} needed"
            + (withdrawnPresent > 0 ? $" ({withdrawnPresent} withdrawn from this item for an interest)" : string.Empty)
            + (rule.RequiresCoChair && !coChair ? "; no co-chair present" : string.Empty);
        return new QuorumStatus(quorate, counted.Count, rule.MinimumMembers, coChair, withdrawn, (quorate ? "Quorate: " : "Not quorate: ") + explanation);
    }
}
