namespace BoardRoom.Core.Meetings;

public enum MeetingStatus
{
    Scheduled,
    InProgress,
    Closed,
    Cancelled,
}
