using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using BoardRoom.Core.Rotation;

namespace BoardRoom.App.Data;

/// <summary>One line of a board's rotation change log: which meeting, from whom to whom, why, who and when.</summary>
public sealed class RotationChangeRow
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public BoardId BoardId { get; set; }

    public MeetingId MeetingId { get; set; }

    public MembershipId? FromMembershipId { get; set; }

    public MembershipId? ToMembershipId { get; set; }

    public RotationChangeKind Kind { get; set; }

    public string Reason { get; set; } = string.Empty;

    public PersonId? By { get; set; }

    public DateTimeOffset At { get; set; }

    public static RotationChangeRow From(BoardId boardId, RotationChange change) => new()
    {
        BoardId = boardId,
        MeetingId = change.MeetingId,
        FromMembershipId = change.From,
        ToMembershipId = change.To,
        Kind = change.Kind,
        Reason = change.Reason,
        By = change.By,
        At = change.At,
    };
}
