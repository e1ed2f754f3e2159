using System.Globalization;
using System.Text;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Meetings;

namespace BoardRoom.Core.Minutes.Records;

/// <summary>
/// The canonical text of a minutes record: one "key: value" line per field in a fixed order, values escaped so that
/// no text a member typed can end a field or forge another (backslash, line feed and carriage return are written as
/// \\, \n and \r; Windows line endings in minutes text are first made \n). Instants are UTC ISO 8601 (the printed minutes
/// show them on the series' clock, named by the time-zone line). Anything that
/// changes what the minutes say changes this text and so its SHA-256; presentation (fonts, layout, the publication's
/// version number and signatures) is not part of it.
/// </summary>
public static class CanonicalText
{
    public const string FormatLine = "boardroom-minutes-record/1";

    public static string Write(MinutesRecord record)
    {
        var w = new StringBuilder();
        Line(w, "format", FormatLine);
        Line(w, "version", record.Version == RecordVersion.Public ? "public" : "full");
        var h = record.Header;
        Line(w, "board", h.BoardName);
        Line(w, "series", h.SeriesName);
        Line(w, "meeting", h.MeetingNumber.ToString(CultureInfo.InvariantCulture));
        Line(w, "title", h.MeetingTitle);
        Line(w, "starts", Instant(h.StartsAt));
        Line(w, "ends", Instant(h.EndsAt));
        Line(w, "venue", h.Venue);
        if (h.TimeZoneId != MeetingSeries.DefaultTimeZone)
        {
            // Written only off the default clock, so records of London meetings hash as before.
            Line(w, "time-zone", h.TimeZoneId);
        }
        foreach (var c in h.CoChairs)
        {
            Line(w, "co-chair", c);
        }
        People(w, "present", record.Present);
        People(w, "apologies", record.Apologies);
        People(w, "in-attendance", record.InAttendance);
        if (record.Quorum is { } q)
        {
            // Absent from records made before minutes stated the quorum, which therefore hash as they did.
            Line(w, "quorum", string.Create(CultureInfo.InvariantCulture,
                $"{q.MembersPresent} of {q.Members} | {q.Required} | {(q.RequiresCoChair ? "co-chair required" : "no co-chair required")} | {(q.CoChairPresent ? "co-chair present" : "no co-chair present")}"), escaped: true);
        }
        foreach (var item in record.Items)
        {
            Line(w, "item", item.Number.ToString(CultureInfo.InvariantCulture));
            Line(w, "item.title", item.Title);
            Line(w, "item.presenter", item.Presenter);
            Line(w, "item.purpose", item.Purpose.Display());
            Line(w, "item.reserved", item.IsReserved ? "yes" : "no");
            if (item.WasNotReached)
            {
                // Written only for items not reached, so records of meetings that took every item hash as before.
                Line(w, "item.not-reached", item.Outcome switch
                {
                    AgendaItemOutcome.CarriedForward => item.CarriedTo is { } to ? "carried to " + Instant(to) : "carried forward",
                    AgendaItemOutcome.Deferred => "deferred",
                    _ => "not reached",
                });
            }
            foreach (var d in item.Declarations)
            {
                Line(w, "item.declaration", $"{Escape(d.Name)} | {Escape(d.Interest)} | {(d.Withdrew ? "withdrew" : "stayed")}", escaped: true);
            }
            Line(w, "item.minutes", Normalise(item.MinutesMarkdown));
            foreach (var d in item.Decisions)
            {
                Line(w, "item.decision", $"{Escape(d.Reference)} | {Escape(d.HowDecided)} | {Escape(d.Text)}", escaped: true);
            }
            foreach (var a in item.Actions)
            {
                Line(w, "item.action", $"{Escape(a.Reference)} | {Escape(a.Owner)} | {a.DueOn:yyyy-MM-dd} | {Escape(a.Measure)} | {Escape(a.Description)}", escaped: true);
            }
        }
        Line(w, "reserved-items-left-out", record.ReservedItemsLeftOut.ToString(CultureInfo.InvariantCulture));
        Line(w, "reserved-business-line", record.ReservedBusinessLine ?? "");
        Line(w, "next-meeting", record.NextMeeting);
        return w.ToString();
    }

    /// <summary>Minutes text as hashed: line endings made \n, trailing white space at the end dropped.</summary>
    public static string Normalise(string? markdown) =>
        (markdown ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd();

    private static void People(StringBuilder w, string key, IEnumerable<RecordAttendee> people)
    {
        foreach (var p in people)
        {
            Line(w, key, $"{Escape(p.Name)} | {Escape(p.Organisation)} | {Optional(p.ArrivedLateAt)} | {Optional(p.LeftEarlyAt)}", escaped: true);
        }
    }

    private static string Optional(DateTimeOffset? at) => at is { } a ? Instant(a) : "-";

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder w, string key, string value, bool escaped = false) =>
        w.Append(key).Append(": ").Append(escaped ? value : Escape(value)).Append('\n');

    private static string Escape(string? value) => (value ?? string.Empty)
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\r", StringComparison.Ordinal);
}
