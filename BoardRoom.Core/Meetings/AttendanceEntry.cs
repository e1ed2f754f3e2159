using BoardRoom.Core.Common;
using BoardRoom.Core.People;

namespace BoardRoom.Core.Meetings;

/// <summary>One person's attendance at a meeting: a member (by person) or a guest (by name), with arrival and departure.</summary>
public sealed class AttendanceEntry : IBelongsToMeeting
{
    private AttendanceEntry()
    {
        GuestName = string.Empty;
        GuestOrganisation = string.Empty;
    }

    internal AttendanceEntry(MeetingId meetingId, PersonId? personId, string guestName, string guestOrganisation, AttendanceStatus status)
    {
        Id = AttendanceEntryId.New();
        MeetingId = meetingId;
        PersonId = personId;
        GuestName = guestName;
        GuestOrganisation = guestOrganisation;
        Status = status;
    }

    public AttendanceEntryId Id { get; private set; }

    public MeetingId MeetingId { get; private set; }

    /// <summary>The member, or null for a guest.</summary>
    public PersonId? PersonId { get; private set; }

    public string GuestName { get; private set; }

    public string GuestOrganisation { get; private set; }

    public AttendanceStatus Status { get; private set; }

    public DateTimeOffset? ArrivedAt { get; private set; }

    public DateTimeOffset? LeftAt { get; private set; }

    public bool IsGuest => PersonId is null;

    /// <summary>In the room (or on the call) at <paramref name="at"/>.</summary>
    public bool IsPresentAt(DateTimeOffset at) =>
        Status is AttendanceStatus.Present or AttendanceStatus.InAttendance
        && (ArrivedAt is null || ArrivedAt <= at)
        && (LeftAt is null || LeftAt > at);

    internal void Mark(AttendanceStatus status, DateTimeOffset? arrivedAt)
    {
        Status = status;
        if (status is AttendanceStatus.Present or AttendanceStatus.InAttendance)
        {
            ArrivedAt ??= arrivedAt;
            LeftAt = null;
        }
        else
        {
            ArrivedAt = null;
            LeftAt = null;
        }
    }

    internal void Leave(DateTimeOffset at)
    {
        if (Status is not (AttendanceStatus.Present or AttendanceStatus.InAttendance))
        {
            throw new DomainRuleException("Only someone present can leave.");
        }
        if (ArrivedAt is { } arrived && at < arrived)
        {
            throw new DomainRuleException("Someone cannot leave before they arrived.");
        }
        LeftAt = at;
    }
}
