using BoardRoom.Core.Meetings;

namespace BoardRoom.App.Data;

/// <summary>When a meeting's calendar entry (time, status, co-chairs) last changed; drives the feed's SEQUENCE and ETag.</summary>
public sealed class MeetingCalendarStampRow
{
    public MeetingId MeetingId { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
