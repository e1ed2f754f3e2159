using System.Globalization;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Meetings;
using BoardRoom.Publishing.Documents;

namespace BoardRoom.Publishing.Agendas;

/// <summary>
/// Lays an <see cref="AgendaPack"/> out as a <see cref="PublishedDocument"/> for the PDF renderer: the meeting, a
/// timetable (start, item, presenter, purpose), each item's description and papers, and the list of papers. It prints
/// what the pack holds and nothing else; a pack with reserved items is confidential (marked on every page), and the
/// public pack (<see cref="AgendaPack.ToPublic"/>) has none to leave out.
/// </summary>
public static class AgendaDocumentBuilder
{
    public const string ReservedMarker = "Reserved business";

    public const string StandingMarker = "Standing item";

    public const string PublicNote = "This pack leaves reserved business out. Members who may read reserved business have the full pack.";

    public static PublishedDocument Build(AgendaPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var zone = pack.TimeZoneId;
        var confidential = pack.IncludesReserved && pack.HasReservedItems;
        var blocks = new List<Block>
        {
            new HeadingBlock(1, $"Agenda: {pack.MeetingTitle}"),
            new ParagraphBlock([Inline.Italic(Subtitle(pack, confidential))]),
            new KeyValueBlock(Header(pack)),
        };
        if (!pack.IncludesReserved)
        {
            blocks.Add(new ParagraphBlock([Inline.Italic(PublicNote)]));
        }

        blocks.Add(new HeadingBlock(2, "Timetable"));
        if (pack.Items.Count == 0)
        {
            blocks.Add(new ParagraphBlock("No items yet."));
        }
        else
        {
            blocks.Add(new TableBlock(
                [new TableColumn("Time", 1.7f, noWrap: true), new TableColumn("Item", 5), new TableColumn("Presenter", 2.2f), new TableColumn("Purpose", 1.8f)],
                pack.Items.Select(i => new TableRow(
                [
                    $"{MeetingTimeText.Time(i.StartsAt, zone)}–{MeetingTimeText.Time(i.EndsAt, zone)}",
                    new TableCell(ItemCell(i)),
                    i.Presenter.Length > 0 ? i.Presenter : "—",
                    i.Purpose.Display(),
                ])),
                caption: "Items, with the time each starts and ends"));
            var end = pack.Items[^1].EndsAt;
            // The end, not a sum of minutes: the public pack's items leave a reserved item's time unexplained, and must.
            blocks.Add(new ParagraphBlock([Inline.Italic($"The agenda ends at {MeetingTimeText.Time(end, zone)}"
                + (end > pack.EndsAt ? $", after the meeting's planned end at {MeetingTimeText.Time(pack.EndsAt, zone)}." : "."))]));
        }

        if (pack.Items.Count > 0)
        {
            blocks.Add(new HeadingBlock(2, "Items"));
        }
        foreach (var item in pack.Items)
        {
            AddItem(blocks, item, zone);
        }
        AddPapers(blocks, pack);

        var title = $"{pack.BoardName}: agenda of {pack.MeetingTitle}, {MeetingTimeText.Day(pack.StartsAt, zone)}";
        var header = string.Join(" · ", new[] { pack.BoardName, pack.SeriesName, $"Meeting {pack.MeetingNumber}", "Agenda" }.Where(s => s.Length > 0));
        var metadata = new DocumentMetadata(
            Title: confidential ? title + " (full board pack, confidential)" : title,
            Author: $"{pack.BoardName} secretariat",
            Subject: $"Agenda and papers of {pack.MeetingTitle}",
            Keywords: ["agenda", "board pack", pack.BoardName, pack.SeriesName],
            Created: pack.PreparedAt,
            Modified: pack.PreparedAt);
        return new PublishedDocument(metadata, header, contentHash: "", blocks, confidential);
    }

    private static string Subtitle(AgendaPack pack, bool confidential)
    {
        var meeting = pack.SeriesName.Length > 0 ? $"{pack.SeriesName}, meeting {pack.MeetingNumber}" : $"Meeting {pack.MeetingNumber}";
        var which = pack.IncludesReserved
            ? confidential ? "Full board pack including reserved business: confidential." : "Board pack."
            : "Board pack without reserved business.";
        return $"{pack.BoardName} · {meeting}. {which}";
    }

    private static List<KeyValueEntry> Header(AgendaPack pack)
    {
        var entries = new List<KeyValueEntry>
        {
            new("When", pack.When),
            new("Where", pack.Venue.Length > 0 ? pack.Venue : "To be confirmed"),
        };
        if (pack.OnlineLink.Length > 0)
        {
            entries.Add(new("Online", pack.OnlineLink));
        }
        entries.Add(new("Co-chairs", pack.CoChairs.Count > 0 ? string.Join("; ", pack.CoChairs) : "Not yet known"));
        entries.Add(new("Agenda", pack.Approval));
        entries.Add(new("Prepared", MeetingTimeText.DayAndTime(pack.PreparedAt, pack.TimeZoneId)));
        return entries;
    }

    /// <summary>"3. Title" with its markers (reserved, standing, carried forward) beneath, in italics.</summary>
    private static List<Inline> ItemCell(AgendaPackItem item)
    {
        var cell = new List<Inline> { Inline.Bold(Numbered(item)) };
        var markers = Markers(item);
        if (markers.Count > 0)
        {
            cell.Add(LineBreakInline.Instance);
            cell.Add(Inline.Italic(string.Join(" · ", markers)));
        }
        return cell;
    }

    private static List<string> Markers(AgendaPackItem item)
    {
        var markers = new List<string>();
        if (item.IsReserved)
        {
            markers.Add(ReservedMarker);
        }
        if (item.IsStanding)
        {
            markers.Add(StandingMarker);
        }
        if (item.CarriedFrom is { Length: > 0 } from)
        {
            markers.Add(from);
        }
        if (item.Papers.Count > 0)
        {
            markers.Add(item.Papers.Count == 1 ? "1 paper" : $"{item.Papers.Count} papers");
        }
        return markers;
    }

    private static void AddItem(List<Block> blocks, AgendaPackItem item, string zone)
    {
        blocks.Add(new HeadingBlock(3, Numbered(item) + (item.IsReserved ? " (reserved business)" : "")));
        var about = new List<string>
        {
            $"{MeetingTimeText.Time(item.StartsAt, zone)}–{MeetingTimeText.Time(item.EndsAt, zone)} ({Minutes(item.MinutesAllotted)})",
        };
        if (item.Presenter.Length > 0)
        {
            about.Add($"Presented by {item.Presenter}");
        }
        about.Add(item.Purpose.Display());
        if (item.IsStanding)
        {
            about.Add(StandingMarker);
        }
        blocks.Add(new ParagraphBlock([Inline.Italic(string.Join(" · ", about) + ".")]));
        if (item.CarriedFrom is { Length: > 0 } from)
        {
            blocks.Add(new ParagraphBlock([Inline.Italic(from.EndsWith('.') ? from : from + ".")]));
        }
        if (item.Description.Length > 0)
        {
            blocks.Add(new ParagraphBlock(item.Description));
        }
        if (item.Papers.Count > 0)
        {
            blocks.Add(new ParagraphBlock([Inline.Bold(item.Papers.Count == 1 ? "Paper:" : "Papers:")]));
            blocks.Add(new ListBlock(false, item.Papers.Select(p => new ListItem(p))));
        }
    }

    private static void AddPapers(List<Block> blocks, AgendaPack pack)
    {
        blocks.Add(new HeadingBlock(2, "Papers"));
        var papers = pack.Items.SelectMany(i => i.Papers.Select(p => (Item: i, Paper: p))).ToList();
        if (papers.Count == 0)
        {
            blocks.Add(new ParagraphBlock("No papers have been attached to this agenda."));
            return;
        }
        blocks.Add(new TableBlock(
            [new TableColumn("No.", 0.8f, noWrap: true), new TableColumn("Paper", 5), new TableColumn("Item", 4)],
            papers.Select((x, n) => new TableRow([(n + 1).ToString(CultureInfo.InvariantCulture), x.Paper, Numbered(x.Item)])),
            caption: "Papers, in agenda order"));
    }

    private static string Numbered(AgendaPackItem item) => string.Create(CultureInfo.InvariantCulture, $"{item.Position}. {item.Title}");

    private static string Minutes(int minutes) => minutes == 1 ? "1 minute" : string.Create(CultureInfo.InvariantCulture, $"{minutes} minutes");
}
