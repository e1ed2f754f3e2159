using System.Security.Cryptography;
using System.Text;

namespace BoardRoom.Core.Minutes.Records;

/// <summary>
/// The minutes of one meeting assembled from plain inputs: header, attendance, items with their minutes text,
/// decisions and actions, and the date of the next meeting. A record is either the <see cref="RecordVersion.Full"/>
/// version or the <see cref="RecordVersion.Public"/> one made from it by <see cref="ToPublic"/>, which keeps only the
/// items that are not reserved: nothing downstream (canonical text, PDF, HTML) ever sees a reserved item of a public
/// record, because it is not there.
/// </summary>
public sealed class MinutesRecord
{
    private MinutesRecord(RecordVersion version, RecordHeader header, IReadOnlyList<RecordAttendee> present, IReadOnlyList<RecordAttendee> apologies,
        IReadOnlyList<RecordAttendee> inAttendance, IReadOnlyList<RecordItem> items, string nextMeeting, int reservedItemsLeftOut, bool showReservedBusinessLine, RecordQuorum? quorum)
    {
        Quorum = quorum;
        Version = version;
        Header = header;
        Present = present;
        Apologies = apologies;
        InAttendance = inAttendance;
        Items = items;
        NextMeeting = nextMeeting;
        ReservedItemsLeftOut = reservedItemsLeftOut;
        ShowReservedBusinessLine = showReservedBusinessLine;
    }

    public RecordVersion Version { get; }

    public RecordHeader Header { get; }

    public IReadOnlyList<RecordAttendee> Present { get; }

    public IReadOnlyList<RecordAttendee> Apologies { get; }

    /// <summary>Whether the meeting was quorate, or null where the record does not say (records made before it did).</summary>
    public RecordQuorum? Quorum { get; }

    /// <summary>The secretariat, observers, guests and officials: those who attended without a vote.</summary>
    public IReadOnlyList<RecordAttendee> InAttendance { get; }

    /// <summary>The items in agenda order (any other business is the last standing item).</summary>
    public IReadOnlyList<RecordItem> Items { get; }

    /// <summary>"Tuesday 14 July 2026, 10:00, Room 4.12 ..." or empty when none is scheduled.</summary>
    public string NextMeeting { get; }

    /// <summary>How many reserved items taken at the meeting a public record left out (0 in a full record).</summary>
    public int ReservedItemsLeftOut { get; }

    /// <summary>Whether the public minutes say that reserved business was taken (the board's choice).</summary>
    public bool ShowReservedBusinessLine { get; }

    /// <summary>The full record of a meeting, reserved business included.</summary>
    public static MinutesRecord Full(RecordHeader header, IEnumerable<RecordAttendee> present, IEnumerable<RecordAttendee> apologies,
        IEnumerable<RecordAttendee> inAttendance, IEnumerable<RecordItem> items, string? nextMeeting, bool showReservedBusinessLine, RecordQuorum? quorum = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        return new MinutesRecord(RecordVersion.Full, header with { CoChairs = [.. header.CoChairs] }, [.. present], [.. apologies], [.. inAttendance],
            [.. items.OrderBy(i => i.Number)], nextMeeting?.Trim() ?? string.Empty, 0, showReservedBusinessLine, quorum);
    }

    /// <summary>The version the public may read: the same record without its reserved items (and their declarations, decisions and actions).</summary>
    public MinutesRecord ToPublic()
    {
        if (Version == RecordVersion.Public)
        {
            return this;
        }
        var open = Items.Where(i => !i.IsReserved).ToList();
        // "Taken in private" counts reserved business the meeting took, not reserved items it never reached.
        var reservedTaken = Items.Count(i => i.IsReserved && !i.WasNotReached);
        return new MinutesRecord(RecordVersion.Public, Header, Present, Apologies, InAttendance, open, NextMeeting, reservedTaken, ShowReservedBusinessLine, Quorum);
    }

    /// <summary>The reserved-business line of a public record ("Reserved business: 1 item taken in private."), or null.</summary>
    public string? ReservedBusinessLine => Version == RecordVersion.Public && ShowReservedBusinessLine && ReservedItemsLeftOut > 0
        ? $"Reserved business: {ReservedItemsLeftOut} {(ReservedItemsLeftOut == 1 ? "item" : "items")} taken in private."
        : null;

    /// <summary>The record as one plain text, field by field (see <see cref="CanonicalText"/>).</summary>
    public string CanonicalText() => Records.CanonicalText.Write(this);

    /// <summary>SHA-256 of the canonical text in UTF-8, lower-case hex: what co-chairs sign and footers print.</summary>
    public string Sha256() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText())));
}
