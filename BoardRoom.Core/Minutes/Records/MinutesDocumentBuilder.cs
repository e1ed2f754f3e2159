using System.Globalization;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Publication.Documents;
using BoardRoom.Core.Publication.Markdown;

namespace BoardRoom.Core.Minutes.Records;

/// <summary>
/// Lays a <see cref="MinutesRecord"/> out as a <see cref="PublishedDocument"/> for the PDF and HTML renderers. It
/// renders what the record holds and nothing else: a public record has no reserved items to leave out. A full
/// record is confidential (marked on every PDF page).
/// </summary>
public static class MinutesDocumentBuilder
{
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
            blocks.Add(new ParagraphBlock([Inline.Bold("Correction: "), Inline.Plain(stamp.CorrectionNote)]));
        }
        blocks.Add(new KeyValueBlock(
        [
            new("Date", Day(h.StartsAt)),
            new("Time", $"{Time(h.StartsAt)} to {Time(h.EndsAt)}"),
            new("Venue", h.Venue.Length > 0 ? h.Venue : "Not recorded"),
            new("Co-chairs", h.CoChairs.Count > 0 ? string.Join("; ", h.CoChairs) : "Not recorded"),
        ]));

        AddAttendance(blocks, record);
        AddDeclarations(blocks, record);
        foreach (var item in record.Items)
        {
            AddItem(blocks, item);
        }
        if (record.ReservedBusinessLine is { } line)
        {
            blocks.Add(new ParagraphBlock([Inline.Italic(line)]));
        }
        blocks.Add(new HeadingBlock(2, "Date of next meeting"));
        blocks.Add(new ParagraphBlock(record.NextMeeting.Length > 0 ? record.NextMeeting : "To be arranged."));
        if (stamp.Signatures.Count > 0)
        {
            blocks.Add(new HeadingBlock(2, "Signed off by the co-chairs"));
            blocks.Add(new SignOffBlock(stamp.Signatures));
        }
        // The footer prints the hash shortened; here it is whole, to compare with the forum page.
        blocks.Add(new HeadingBlock(2, "Checking this record"));
        blocks.Add(new ParagraphBlock([Inline.Plain("SHA-256 of this version's record: "), Inline.Code(hash)]));
        blocks.Add(new ParagraphBlock(record.Version == RecordVersion.Public
            ? "The co-chairs sign the SHA-256 of the full record; this public version is made from it by leaving reserved items out."
            : "The co-chairs sign this SHA-256: a signature holds only while the record still has it."));

        var versionText = stamp.Version is { } v ? $"Minutes version {v}" : "Working copy";
        var header = string.Join(" · ", new[] { h.BoardName, h.SeriesName, $"Meeting {h.MeetingNumber}", versionText }.Where(s => s.Length > 0));
        var title = $"{h.BoardName}: minutes of {h.MeetingTitle}, {Day(h.StartsAt)}";
        var metadata = new DocumentMetadata(
            Title: record.Version == RecordVersion.Full ? title + " (full, confidential)" : title,
            Author: $"{h.BoardName} secretariat",
            Subject: $"Minutes of {h.MeetingTitle} held on {Day(h.StartsAt)}",
            Keywords: ["minutes", h.BoardName, h.SeriesName],
            Created: stamp.At,
            Modified: stamp.At);
        return new PublishedDocument(metadata, header, hash, blocks, confidential: record.Version == RecordVersion.Full);
    }

    private static string Subtitle(MinutesRecord record, PublicationStamp stamp)
    {
        var held = $"Minutes of meeting {record.Header.MeetingNumber}, held on {Day(record.Header.StartsAt)}.";
        var which = record.Version == RecordVersion.Full ? " Full version including reserved business: confidential." : "";
        var version = stamp.Version is { } v
            ? $" Version {v}, published {Day(stamp.At)}."
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
                record.Present.Select(p => new TableRow([p.Name, p.Organisation, Notes(p)])),
                caption: "Present"));
        }
        else
        {
            blocks.Add(new ParagraphBlock([Inline.Bold("Present: "), Inline.Plain("not recorded.")]));
        }
        blocks.Add(new ParagraphBlock([Inline.Bold("Apologies: "), Inline.Plain(Names(record.Apologies, "none") + ".")]));
        if (record.InAttendance.Count > 0)
        {
            blocks.Add(new ParagraphBlock([Inline.Bold("In attendance: "), Inline.Plain(Names(record.InAttendance, "none") + ".")]));
        }
    }

    private static string Notes(RecordAttendee p)
    {
        var notes = new List<string>();
        if (p.ArrivedLateAt is { } a)
        {
            notes.Add($"Arrived {Time(a)}");
        }
        if (p.LeftEarlyAt is { } l)
        {
            notes.Add($"Left {Time(l)}");
        }
        return string.Join("; ", notes);
    }

    private static string Names(IReadOnlyList<RecordAttendee> people, string none) => people.Count == 0
        ? none
        : string.Join("; ", people.Select(p =>
        {
            var name = p.Organisation.Length > 0 ? $"{p.Name} ({p.Organisation})" : p.Name;
            var notes = Notes(p);
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
            $"{x.Declaration.Name}, item {x.Item.Number} ({x.Item.Title}): {x.Declaration.Interest}"
            + (x.Declaration.Withdrew ? " Withdrew from the item." : " Took part in the item.")))));
    }

    private static void AddItem(List<Block> blocks, RecordItem item)
    {
        blocks.Add(new HeadingBlock(2, string.Create(CultureInfo.InvariantCulture, $"{item.Number}. {item.Title}")
            + (item.IsReserved ? " (reserved business)" : "")));
        if (item.WasNotReached)
        {
            // The meeting did not take it: say where it went and nothing of its business.
            blocks.Add(new ParagraphBlock([Inline.Italic(NotReached(item))]));
            return;
        }
        var about = new List<string>();
        if (item.Presenter.Length > 0)
        {
            about.Add($"Presented by {item.Presenter}");
        }
        about.Add(item.Purpose.Display());
        blocks.Add(new ParagraphBlock([Inline.Italic(string.Join(" · ", about) + ".")]));
        var text = CanonicalText.Normalise(item.MinutesMarkdown);
        if (text.Length > 0)
        {
            blocks.AddRange(MarkdownBlockConverter.Convert(text, ItemMarkdown));
        }
        if (item.Decisions.Count > 0)
        {
            blocks.Add(new TableBlock(
                [new TableColumn("Ref", 1.4f), new TableColumn("Decision", 6), new TableColumn("How decided", 2.4f)],
                item.Decisions.Select(d => new TableRow([d.Reference, d.Text, d.HowDecided])),
                caption: "Decisions"));
        }
        if (item.Actions.Count > 0)
        {
            blocks.Add(new TableBlock(
                [new TableColumn("Ref", 1.4f), new TableColumn("Action", 4), new TableColumn("Owner", 2), new TableColumn("Measure of success", 3), new TableColumn("Due", 1.6f)],
                item.Actions.Select(a => new TableRow([a.Reference, a.Description, a.Owner, a.Measure, a.DueOn.ToString("d MMM yyyy", EnGb)])),
                caption: "Actions"));
        }
    }

    /// <summary>"Not reached; carried to the meeting of Tuesday 12 January 2027." and the like.</summary>
    public static string NotReached(RecordItem item) => item.Outcome switch
    {
        AgendaItemOutcome.CarriedForward => item.CarriedTo is { } to ? $"Not reached; carried to the meeting of {Day(to)}." : "Not reached; carried forward.",
        AgendaItemOutcome.Deferred => "Not reached; deferred.",
        _ => "Not reached.",
    };

    private static string Day(DateTimeOffset utc) => LondonTime.ToLocal(utc).ToString("dddd d MMMM yyyy", EnGb);

    private static string Time(DateTimeOffset utc) => LondonTime.ToLocal(utc).ToString("HH:mm", EnGb);
}
