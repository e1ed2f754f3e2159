using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.App.Data;

/// <summary>A rotating co-chair who cannot chair a meeting, with who recorded it and why.</summary>
public sealed class RotationUnavailabilityRow
{
    public MeetingId MeetingId { get; set; }

    public MembershipId MembershipId { get; set; }

    public BoardId BoardId { get; set; }

    public string Reason { get; set; } = string.Empty;

    public PersonId? RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
