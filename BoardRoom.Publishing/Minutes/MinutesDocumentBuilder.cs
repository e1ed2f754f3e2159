using System.Globalization;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Records;
using BoardRoom.Publishing.Documents;
using BoardRoom.Publishing.Markdown;

namespace BoardRoom.Publishing.Minutes;

/// <summary>
/// Lays a <see cref="MinutesRecord"/> out as a <see cref="PublishedDocument"/> for the PDF and HTML renderers. It
/// renders what the record holds and nothing else: a public record has no reserved items to leave out. A full
/// record is confidential (marked on every PDF page).
/// </summary>
public static class MinutesDocumentBuilder
{
    /// <summary>The heading of the co-chairs' signatures, which every version has anew.</summary>
    public const string SignOffHeading = "Signed off by the co-chairs";

    /// <summary>The heading of the record's SHA-256, which every changed version has anew.</summary>
    public const string CheckingHeading = "Checking this record";

    /// <summary>How the subtitle under the title begins (the meeting, when held, which version).</summary>
    public const string SubtitleStart = "Minutes of meeting ";

    /// <summary>The label of a correction's note under the title.</summary>
    public const string CorrectionLabel = "Correction: ";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    private static readonly MarkdownConversionOptions ItemMarkdown = new(HeadingLevelOffset: 2);

    public static PublishedDocument Build(MinutesRecord record, PublicationStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(stamp);
        var h = record.Header;
        var hash = record.Sha256();
        var blocks = new List<Block>
        {
            new HeadingBlock(1, $"{h.BoardName}: minutes of {h.MeetingTitle}"),
            new ParagraphBlock([Inline.Italic(Subtitle(record, stamp))]),
        };
        if (stamp.CorrectionNote.Length > 0)
        {
            blocks.Add(new ParagraphBlock([Inline.Bold(CorrectionLabel), Inline.Plain(stamp.CorrectionNote)]));
        }
        var zone = h.TimeZoneId;
        blocks.Add(new KeyValueBlock(
        [
            new("Held", MeetingTimeText.Span(h.StartsAt, h.EndsAt, zone)),
            new("Venue", h.Venue.Length > 0 ? h.Venue : "Not recorded"),
            new("Co-chairs", h.CoChairs.Count > 0 ? string.Join("; ", h.CoChairs) : "Not recorded"),
        ]));

        AddAttendance(blocks, record);
        AddDeclarations(blocks, record);
        foreach (var item in record.Items)
        {
            AddItem(blocks, record, item);
        }
        if (record.ReservedBusinessLine is { } line)
        {
            blocks.Add(new ParagraphBlock([Inline.Italic(line)]));
        }
        blocks.Add(new HeadingBlock(2, "Date of next meeting"));
        blocks.Add(new ParagraphBlock(record.NextMeeting.Length > 0 ? record.NextMeeting : "To be arranged."));
        if (stamp.Signatures.Count > 0)
        {
            blocks.Add(new HeadingBlock(2, SignOffHeading));
            blocks.Add(new SignOffBlock(stamp.Signatures, zone));
        }
        // The footer prints the hash shortened; here it is whole, to compare with the forum page.
        blocks.Add(new HeadingBlock(2, CheckingHeading));
        blocks.Add(new ParagraphBlock([Inline.Plain("SHA-256 of this version's record: "), Inline.Code(hash)]));
        blocks.Add(new ParagraphBlock(record.Version == RecordVersion.Public
            ? "The co-chairs sign the SHA-256 of the full record; this public version is made from it by leaving reserved items out."
            : "The co-chairs sign this SHA-256: a signature holds only while the record still has it."));

        var versionText = stamp.Version is { } v ? $"Minutes version {v}" : "Working copy";
        var header = string.Join(" · ", new[] { h.BoardName, h.SeriesName, $"Meeting {h.MeetingNumber}", versionText }.Where(s => s.Length > 0));
        var title = $"{h.BoardName}: minutes of {h.MeetingTitle}, {Day(h.StartsAt, zone)}";
        var metadata = new DocumentMetadata(
            Title: record.Version == RecordVersion.Full ? title + " (full, confidential)" : title,
            Author: $"{h.BoardName} secretariat",
            Subject: $"Minutes of {h.MeetingTitle} held on {Day(h.StartsAt, zone)}",
            Keywords: ["minutes", h.BoardName, h.SeriesName],
            Created: stamp.At,
            Modified: stamp.At);
        return new PublishedDocument(metadata, header, hash, blocks, confidential: record.Version == RecordVersion.Full);
    }

    private static string Subtitle(MinutesRecord record, PublicationStamp stamp)
    {
        var zone = record.Header.TimeZoneId;
        var held = $"{SubtitleStart}{record.Header.MeetingNumber}, held on {Day(record.Header.StartsAt, zone)}.";
        var which = record.Version == RecordVersion.Full ? " Full version including reserved business: confidential." : "";
        var version = stamp.Version is { } v
            ? $" Version {v}, published {Day(stamp.At, zone)}."
            : " Working copy, not a published version.";
        return held + version + which;
    }

    private static void AddAttendance(List<Block> blocks, MinutesRecord record)
    {
        blocks.Add(new HeadingBlock(2, "Attendance"));
        if (record.Present.Count > 0)
        {
            blocks.Add(new TableBlock(
                [new TableColumn("Name", 3), new TableColumn("Organisation", 4), new TableColumn("Notes", 3)],
                record.Present.Select(p => new TableRow([p.Name, p.Organisation, Notes(p, record.Header.TimeZoneId)])),
                caption: "Present"));
        }
        else
        {
            blocks.Add(new ParagraphBlock([Inline.Bold("Present: "), Inline.Plain("not recorded.")]));
        }
        var zone = record.Header.TimeZoneId;
        blocks.Add(new ParagraphBlock([Inline.Bold("Apologies: "), Inline.Plain(Names(record.Apologies, "none", zone) + ".")]));
        if (record.InAttendance.Count > 0)
        {
            blocks.Add(new ParagraphBlock([Inline.Bold("In attendance: "), Inline.Plain(Names(record.InAttendance, "none", zone) + ".")]));
        }
        if (record.Quorum is { } quorum)
        {
            blocks.Add(new ParagraphBlock(quorum.Statement()));
        }
    }

    private static string Notes(RecordAttendee p, string zone)
    {
        var notes = new List<string>();
        if (p.ArrivedLateAt is { } a)
        {
            notes.Add($"Arrived {Time(a, zone)}");
        }
        if (p.LeftEarlyAt is { } l)
        {
            notes.Add($"Left {Time(l, zone)}");
        }
        return string.Join("; ", notes);
    }

    private static string Names(IReadOnlyList<RecordAttendee> people, string none, string zone) => people.Count == 0
        ? none
        : string.Join("; ", people.Select(p =>
        {
            var name = p.Organisation.Length > 0 ? $"{p.Name} ({p.Organisation})" : p.Name;
            var notes = Notes(p, zone);
            return notes.Length > 0 ? $"{name}, {notes.ToLowerInvariant()}" : name;
        }));

    private static void AddDeclarations(List<Block> blocks, MinutesRecord record)
    {
        blocks.Add(new HeadingBlock(2, "Declarations of interest"));
        var declared = record.Items.Where(i => !i.WasNotReached).SelectMany(i => i.Declarations.Select(d => (Item: i, Declaration: d))).ToList();
        if (declared.Count == 0)
        {
            blocks.Add(new ParagraphBlock("No interests were declared."));
            return;
        }
        blocks.Add(new ListBlock(false, declared.Select(x => new ListItem(
            $"{x.Declaration.Name}, item {x.Item.Number} ({x.Item.Title}): {x.Declaration.Interest.TrimEnd('.')}."
            + (x.Declaration.Withdrew ? " Withdrew from the item." : " Took part in the item.")))));
    }

    private static void AddItem(List<Block> blocks, MinutesRecord record, RecordItem item)
    {
        blocks.Add(new HeadingBlock(2, string.Create(CultureInfo.InvariantCulture, $"{item.Number}. {item.Title}")
            + (item.IsReserved ? " (reserved business)" : "")));
        if (item.WasNotReached)
        {
            // The meeting did not take it: say where it went and nothing of its business.
            blocks.Add(new ParagraphBlock([Inline.Italic(NotReached(item, record.Header.TimeZoneId))]));
            return;
        }
        var about = new List<string>();
        if (item.Presenter.Length > 0)
        {
            // Someone who sent apologies did not present: the minutes say the paper was taken without them.
            about.Add(SentApologies(record, item.Presenter) ? $"Paper presented in the absence of {item.Presenter}" : $"Presented by {item.Presenter}");
        }
        about.Add(item.Purpose.Display());
        blocks.Add(new ParagraphBlock([Inline.Italic(string.Join(" · ", about) + ".")]));
        foreach (var d in item.Declarations)
        {
            blocks.Add(new ParagraphBlock(DeclarationLine(d)));
        }
        var text = CanonicalText.Normalise(item.MinutesMarkdown);
        if (text.Length > 0)
        {
            blocks.AddRange(MarkdownBlockConverter.Convert(text, ItemMarkdown));
        }
        if (item.Decisions.Count > 0)
        {
            blocks.Add(new TableBlock(
                [new TableColumn("Ref", 1.4f, noWrap: true), new TableColumn("Decision", 6), new TableColumn("How decided", 2.4f)],
                item.Decisions.Select(d => new TableRow([d.Reference, d.Text, d.HowDecided])),
                caption: "Decisions"));
        }
        if (item.Actions.Count > 0)
        {
            blocks.Add(new TableBlock(
                [new TableColumn("Ref", 1.4f, noWrap: true), new TableColumn("Action", 4), new TableColumn("Owner", 2), new TableColumn("Measure of success", 3), new TableColumn("Due", 1.6f)],
                item.Actions.Select(a => new TableRow([a.Reference, a.Description, a.Owner, a.Measure, a.DueOn.ToString("d MMM yyyy", EnGb)])),
                caption: "Actions"));
        }
    }

    /// <summary>"Grace Okafor declared an interest (co-author of the report) and withdrew for this item."</summary>
    public static string DeclarationLine(RecordDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        return $"{declaration.Name} declared an interest ({declaration.Interest.TrimEnd('.')}) and "
            + (declaration.Withdrew ? "withdrew for this item." : "remained for this item.");
    }

    /// <summary>Whether the presenter named on the agenda is one of those who sent apologies (by name, as the agenda names them).</summary>
    public static bool SentApologies(MinutesRecord record, string presenter)
    {
        ArgumentNullException.ThrowIfNull(record);
        var name = (presenter ?? string.Empty).Trim();
        return name.Length > 0 && record.Apologies.Any(a => string.Equals(a.Name.Trim(), name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"Not reached; carried to the meeting of Tuesday 12 January 2027." and the like.</summary>
    public static string NotReached(RecordItem item, string timeZoneId = MeetingSeries.DefaultTimeZone) => item.Outcome switch
    {
        AgendaItemOutcome.CarriedForward => item.CarriedTo is { } to ? $"Not reached; carried to the meeting of {Day(to, timeZoneId)}." : "Not reached; carried forward.",
        AgendaItemOutcome.Deferred => "Not reached; deferred.",
        _ => "Not reached.",
    };

    private static string Day(DateTimeOffset utc, string zone) => MeetingTimeText.Day(utc, zone);

    private static string Time(DateTimeOffset utc, string zone) => MeetingTimeText.Time(utc, zone);
}
