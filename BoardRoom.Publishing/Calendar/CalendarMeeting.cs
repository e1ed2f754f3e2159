using BoardRoom.Core.Meetings;

namespace BoardRoom.Publishing.Calendar;

/// <summary>One meeting as a calendar feed shows it.</summary>
/// <param name="Id">Gives the event's stable UID, <c>{Id}@boardroom</c>.</param>
/// <param name="Title">The meeting's title, e.g. "Delivery Group meeting 7".</param>
/// <param name="BoardName">The board it belongs to.</param>
/// <param name="StartsAt">Start (any offset; written as UTC).</param>
/// <param name="EndsAt">End (any offset; written as UTC).</param>
/// <param name="Venue">Where it is held; may be empty.</param>
/// <param name="OnlineLink">Where to join online; may be empty.</param>
/// <param name="Status">Cancelled meetings are published as STATUS:CANCELLED so subscribed calendars strike them out.</param>
/// <param name="CoChairs">Display names of the co-chairs (permanent first, then the rotating co-chair).</param>
/// <param name="Url">Absolute address of the meeting's page in BoardRoom.</param>
/// <param name="LastModified">When anything shown about the meeting last changed; drives SEQUENCE and DTSTAMP.</param>
public sealed record CalendarMeeting(
    MeetingId Id,
    string Title,
    string BoardName,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Venue,
    string OnlineLink,
    MeetingStatus Status,
    IReadOnlyList<string> CoChairs,
    Uri Url,
    DateTimeOffset LastModified);
