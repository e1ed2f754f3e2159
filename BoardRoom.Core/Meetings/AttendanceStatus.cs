namespace BoardRoom.Core.Meetings;

public enum AttendanceStatus
{
    Present,
    Apologies,
    Absent,
    /// <summary>A guest or official who attends but is not a member (shown as "In attendance").</summary>
    InAttendance,
}
