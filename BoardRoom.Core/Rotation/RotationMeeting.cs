using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;

namespace BoardRoom.Core.Rotation;

/// <summary>What the rotation needs to know about one meeting: when it is, its status and its current rotating co-chair.</summary>
public sealed record RotationMeeting(MeetingId Id, BoardId BoardId, DateTimeOffset StartsAt, MeetingStatus Status, MembershipId? RotatingCoChairId)
{
    public static RotationMeeting From(Meeting meeting) =>
        new(meeting.Id, meeting.BoardId, meeting.StartsAt, meeting.Status, meeting.RotatingCoChairId);

    /// <summary>
    /// Held, in progress, or due to have started by <paramref name="now"/>: its co-chair is history and is never re-planned.
    /// A cancelled meeting is never fixed (it gets no co-chair at all).
    /// </summary>
    public bool IsFixedAt(DateTimeOffset now) => Status switch
    {
        MeetingStatus.InProgress or MeetingStatus.Closed => true,
        MeetingStatus.Scheduled => StartsAt <= now,
        _ => false,
    };
}
