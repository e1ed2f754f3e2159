using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace BoardRoom.Publishing.Calendar;

/// <summary>
/// Writes meetings as an iCalendar (RFC 5545) feed that calendar clients can subscribe to.
/// </summary>
/// <remarks>
/// <para>Times are written in UTC (<c>DTSTART:20270112T100000Z</c>) rather than with a Europe/London VTIMEZONE.
/// Meetings are stored as UTC instants and every meeting is its own event (no recurrence rule), so there is no
/// wall-clock rule to carry across clock changes; UTC needs no VTIMEZONE block for clients to get right (Outlook and
/// older clients are the ones that misread them), and each client shows the time in its user's own zone.</para>
/// <para>The output depends only on the meetings given: UID is <c>{meetingId}@boardroom</c>, DTSTAMP and
/// LAST-MODIFIED are the meeting's last change, and SEQUENCE is the whole seconds from 2024-01-01 to that change,
/// so every move or edit raises it and clients replace their copy. Generating the feed twice from the same data gives
/// the same bytes, which lets the app serve it with an ETag.</para>
/// </remarks>
public static class MeetingCalendarWriter
{
    public const string ProductId = "-//BoardRoom//Meetings calendar//EN";

    private static readonly DateTimeOffset SequenceEpoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The VCALENDAR text (CRLF line endings, long lines folded) for <paramref name="meetings"/>, in start order.</summary>
    /// <exception cref="DomainRuleException">A meeting that ends before it starts, or has no absolute URL.</exception>
    public static string Write(string calendarName, IEnumerable<CalendarMeeting> meetings)
    {
        var name = Require.Text(calendarName, "Calendar name", 200);
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");
        var refresh = new CalendarProperty("REFRESH-INTERVAL", "PT1H");
        refresh.AddParameter("VALUE", "DURATION");
        calendar.AddProperty(refresh);

        foreach (var meeting in meetings.OrderBy(m => m.StartsAt).ThenBy(m => m.Id.Value))
        {
            calendar.Events.Add(Event(meeting));
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    /// <summary>
    /// One meeting as an iTIP message (RFC 5546) for one attendee's email: <c>METHOD:REQUEST</c> invites or updates
    /// (the same UID and SEQUENCE as the feed, so a client that holds the feed's copy replaces it), and
    /// <c>METHOD:CANCEL</c> (or any cancelled meeting) removes it. The board's sending address is the organizer.
    /// </summary>
    /// <exception cref="DomainRuleException">A meeting that ends before it starts, has no absolute URL, or an address that is not one.</exception>
    public static string Scheduling(CalendarMeeting meeting, Mailbox organizer, Mailbox attendee)
    {
        var cancel = meeting.Status == MeetingStatus.Cancelled;
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = cancel ? "CANCEL" : "REQUEST" };
        var entry = Event(meeting);
        entry.Organizer = new Organizer(organizer.MailTo.ToString()) { CommonName = organizer.Name };
        entry.Attendees.Add(new Attendee(attendee.MailTo.ToString())
        {
            CommonName = attendee.Name,
            Role = "REQ-PARTICIPANT",
            ParticipationStatus = cancel ? null : "NEEDS-ACTION",
            Rsvp = false,
        });
        calendar.Events.Add(entry);
        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    /// <summary>A person or the board's sender in a scheduling message.</summary>
    public sealed record Mailbox(string Name, string Address)
    {
        public Uri MailTo => Address.Contains('@') && !Address.Any(char.IsWhiteSpace)
            ? new Uri("mailto:" + Address.Trim())
            : throw new DomainRuleException($"\"{Address}\" is not an email address.");
    }

    /// <summary>The stable UID of a meeting's event.</summary>
    public static string UidOf(MeetingId id) => $"{id}@boardroom";

    /// <summary>Sentence naming the co-chairs, e.g. "Co-chairs: A, B and C.", or null if there are none.</summary>
    public static string? CoChairLine(IReadOnlyList<string> coChairs)
    {
        var names = coChairs.Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        return names.Count switch
        {
            0 => null,
            1 => $"Co-chair: {names[0]}.",
            _ => $"Co-chairs: {string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}.",
        };
    }

    private static CalendarEvent Event(CalendarMeeting meeting)
    {
        if (meeting.EndsAt <= meeting.StartsAt)
        {
            throw new DomainRuleException($"{meeting.Title} ends before it starts.");
        }
        if (!meeting.Url.IsAbsoluteUri)
        {
            throw new DomainRuleException($"{meeting.Title} needs an absolute link back to BoardRoom.");
        }
        var cancelled = meeting.Status == MeetingStatus.Cancelled;
        var modified = Utc(meeting.LastModified);
        var description = new List<string> { meeting.BoardName };
        if (CoChairLine(meeting.CoChairs) is { } chairs)
        {
            description.Add(chairs);
        }
        if (!string.IsNullOrWhiteSpace(meeting.OnlineLink))
        {
            description.Add($"Join online: {meeting.OnlineLink.Trim()}");
        }
        description.Add($"Agenda and papers: {meeting.Url.AbsoluteUri}");
        if (cancelled)
        {
            description.Insert(0, "This meeting is cancelled.");
        }

        return new CalendarEvent
        {
            Uid = UidOf(meeting.Id),
            DtStart = Utc(meeting.StartsAt),
            DtEnd = Utc(meeting.EndsAt),
            Summary = cancelled ? $"Cancelled: {meeting.Title}" : meeting.Title,
            Location = string.IsNullOrWhiteSpace(meeting.Venue) ? null : meeting.Venue.Trim(),
            Description = string.Join("\n", description),
            Url = meeting.Url,
            Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Sequence = SequenceOf(meeting.LastModified),
            DtStamp = modified,
            LastModified = modified,
        };
    }

    /// <summary>Whole seconds since 2024 (clamped to what SEQUENCE can hold): later edits always give a larger number.</summary>
    internal static int SequenceOf(DateTimeOffset lastModified) =>
        (int)Math.Clamp((lastModified - SequenceEpoch).Ticks / TimeSpan.TicksPerSecond, 0, int.MaxValue);

    private static CalDateTime Utc(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return new CalDateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, "UTC");
    }
}
