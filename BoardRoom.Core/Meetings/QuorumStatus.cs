using BoardRoom.Core.People;

namespace BoardRoom.Core.Meetings;

/// <summary>Whether the meeting is quorate for an item at a moment, and why.</summary>
public sealed record QuorumStatus(
    bool IsQuorate,
    int Counted,
    int Required,
    bool CoChairPresent,
    IReadOnlyList<PersonId> Withdrawn,
    string Explanation);
