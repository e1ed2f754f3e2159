using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;

namespace BoardRoom.Core.Minutes.Records;

/// <summary>
/// Whether the meeting was quorate, as its minutes state it: the voting members (co-chairs and members, as the live
/// <see cref="Quorum"/> counts them) who were present at the meeting, out of the board's voting members, against the
/// board's quorum rule.
/// </summary>
public sealed record RecordQuorum(int MembersPresent, int Members, int Required, bool RequiresCoChair, bool CoChairPresent)
{
    public bool IsQuorate => MembersPresent >= Required && (CoChairPresent || !RequiresCoChair);

    /// <summary>"The meeting was quorate: 6 of 9 members present; quorum 5 members including a co-chair."</summary>
    public string Statement()
    {
        var rule = new QuorumRule(Required, RequiresCoChair).Describe();
        var shortOf = MembersPresent >= Required && RequiresCoChair && !CoChairPresent ? "; no co-chair present" : "";
        return $"The meeting was {(IsQuorate ? "quorate" : "not quorate")}: {MembersPresent} of {Members} members present; quorum {rule}{shortOf}.";
    }

    /// <summary>The meeting's quorum from its attendance: a voting member counts who was marked present at any point of it.</summary>
    public static RecordQuorum Of(QuorumRule rule, IEnumerable<Membership> members, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(meeting);
        var voting = members.Where(m => m.IsActive && m.Role is BoardRole.CoChair or BoardRole.Member).ToDictionary(m => m.PersonId);
        var present = meeting.Attendance
            .Where(a => a.PersonId is { } p && voting.ContainsKey(p) && a.Status == AttendanceStatus.Present)
            .Select(a => voting[a.PersonId!.Value])
            .DistinctBy(m => m.PersonId)
            .ToList();
        return new RecordQuorum(present.Count, voting.Count, rule.MinimumMembers, rule.RequiresCoChair, present.Any(m => m.Role == BoardRole.CoChair));
    }
}
