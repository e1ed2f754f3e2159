using BoardRoom.Core.Meetings;

namespace BoardRoom.Publishing.Documents;

/// <summary>
/// Who signed, in what role, when and over which hash. With a <see cref="TimeZoneId"/> the times are printed on that
/// clock ("3 Mar 2026, 14:05", headed "Signed (UK time)"); without one, in UTC.
/// </summary>
public sealed record SignOffBlock : Block
{
    public SignOffBlock(IEnumerable<SignOffEntry> entries, string? timeZoneId = null)
    {
        Entries = ValueList<SignOffEntry>.From(entries);
        TimeZoneId = timeZoneId;
    }

    public IReadOnlyList<SignOffEntry> Entries { get; }

    public string? TimeZoneId { get; }

    /// <summary>The heading of the time column.</summary>
    public string TimeHeading => TimeZoneId is { } zone ? $"Signed ({MeetingTimeText.ZoneLabel(zone)})" : "Signed (UTC)";

    /// <summary>When <paramref name="entry"/> was signed, as printed.</summary>
    public string SignedAtText(SignOffEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return TimeZoneId is { } zone
            ? MeetingTimeText.Short(entry.SignedAt, zone)
            : entry.SignedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    }
}
