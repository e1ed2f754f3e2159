namespace BoardRoom.App.Features.Minutes.Protocol;

/// <summary>
/// Server → the joining client. Either <c>Text</c> (a fresh join, or a catch-up too long to send) or <c>Operations</c>
/// (a rejoin from a known revision: exactly the operations after it) is set; <c>Revision</c> is the revision the client
/// is at once it has applied them. <c>More</c> is true when that is one page of a long catch-up: join again from
/// <c>Revision</c> for the next.
/// </summary>
public sealed record Joined(
    Guid SectionId,
    long Revision,
    string? Text,
    IReadOnlyList<OperationApplied>? Operations,
    bool CanEdit,
    string? ReadOnlyReason,
    Participant You,
    IReadOnlyList<Participant> Participants,
    bool More = false);
