namespace BoardRoom.Core.Meetings;

/// <summary>
/// A record that open meeting pages show: when one is added, changed or removed, the meeting it belongs to has
/// changed for everyone following it. The app announces the meeting after the change is saved (one place, not each
/// command), on every node.
/// </summary>
public interface IBelongsToMeeting
{
    MeetingId MeetingId { get; }
}
