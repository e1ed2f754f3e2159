using System.Globalization;
using BoardRoom.Publishing.Documents;
using BoardRoom.Publishing.Markdown;

namespace BoardRoom.Testing.Publishing;

/// <summary>
/// Realistic (fictional) minutes of a rare-diseases delivery group meeting, for tests and the PDF
/// benchmark. The same arguments always give the same document. About four
/// agenda items fill three A4 pages; 40 items make a document of about 30 pages.
/// </summary>
public static class SampleMinutes
{
    public const string ContentHash = "9f2c4e7a1b3d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8";

    private static readonly string[] Topics =
    [
        "Action plan progress: England",
        "Newborn screening pilot evaluation",
        "Patient voice: findings from the community survey",
        "Genomic testing turnaround times",
        "Care coordination for complex conditions",
        "Education and awareness for healthcare professionals",
        "Access to specialist care in Northern Ireland",
        "Digital health record interoperability",
        "Research participation and registries",
        "Risk register review",
    ];

    private static readonly string[] Owners =
    [
        "Secretariat", "England lead", "Scotland lead", "Wales lead", "Northern Ireland lead", "Patient representative", "Genomics workstream",
    ];

    public static PublishedDocument Build(int agendaItems = 4, bool confidential = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(agendaItems);
        var meetingDate = new DateTimeOffset(2025, 6, 3, 10, 0, 0, TimeSpan.Zero);
        var blocks = new List<Block>
        {
            new HeadingBlock(1, "UK Rare Diseases Framework Board: Delivery Group"),
            new ParagraphBlock([Inline.Italic("Minutes of the meeting held on Tuesday 3 June 2025. Version 2, approved for publication.")]),
            new KeyValueBlock(
            [
                new("Date", "Tuesday 3 June 2025"),
                new("Time", "10:00 to 12:30"),
                new("Venue", "39 Victoria Street, London, and online (video call)"),
                new("Co-chairs", "Dr Helen Marsh (permanent co-chair); Dr Rhys Pritchard, Welsh Government (rotating co-chair)"),
                new("Secretariat", "Rare Diseases Policy Team"),
            ]),
            new HeadingBlock(2, "Attendance"),
            new TableBlock(
                [new TableColumn("Name", 3), new TableColumn("Nation or organisation", 4), new TableColumn("Role", 3)],
                [
                    Row("Dr Helen Marsh", "England", "Permanent co-chair"),
                    Row("Dr Rhys Pritchard", "Wales (Welsh Government)", "Rotating co-chair"),
                    Row("Fiona McLeod", "Scotland (Scottish Government)", "Member"),
                    Row("Ciarán O'Neill", "Northern Ireland (Department of Health)", "Member"),
                    Row("Priya Natarajan", "Patient community (alliance of rare disease charities)", "Member"),
                    Row("Tom Adeyemi", "NHS England, Genomics Unit", "Member"),
                    Row("Sara Lindqvist", "Secretariat", "Minutes"),
                ],
                caption: "Present"),
            new ParagraphBlock([Inline.Bold("Apologies: "), Inline.Plain("Prof. Mark Ellison (Scotland), Dr Nia Hughes (Wales).")]),
        };

        for (var i = 0; i < agendaItems; i++)
        {
            AddItem(blocks, i);
        }

        blocks.Add(new HeadingBlock(2, "Date of next meeting"));
        blocks.Add(new ParagraphBlock("Tuesday 15 July 2025, 10:00, online. Papers to the secretariat ten working days before."));
        blocks.Add(new SignOffBlock(
        [
            new("Dr Helen Marsh", "Permanent co-chair", meetingDate.AddDays(14).AddHours(5), ContentHash),
            new("Dr Rhys Pritchard", "Rotating co-chair (Wales)", meetingDate.AddDays(15).AddHours(1.5), ContentHash),
        ]));

        var metadata = new DocumentMetadata(
            Title: "Rare Diseases Framework Board Delivery Group: minutes of 3 June 2025",
            Author: "Rare Diseases Framework Board Secretariat",
            Subject: "Minutes of the Delivery Group meeting held on 3 June 2025",
            Keywords: ["rare diseases", "minutes", "delivery group"],
            Created: meetingDate.AddDays(16),
            Modified: meetingDate.AddDays(16));
        return new PublishedDocument(metadata, "UK Rare Diseases Framework Board · Delivery Group · Minutes version 2", ContentHash, blocks, confidential);
    }

    private static TableRow Row(params string[] cells) => new(cells.Select(c => new TableCell(c)));

    private static void AddItem(List<Block> blocks, int index)
    {
        var number = index + 1;
        var topic = Topics[index % Topics.Length];
        blocks.Add(new HeadingBlock(2, string.Create(CultureInfo.InvariantCulture, $"Item {number}: {topic}")));
        blocks.AddRange(MarkdownBlockConverter.Convert(ItemMarkdown(number, index), new MarkdownConversionOptions(HeadingLevelOffset: 2)));

        blocks.Add(new TableBlock(
            [new TableColumn("Ref", 1), new TableColumn("Decision", 7)],
            [
                Row($"D{number}.1", "The group agreed the revised milestones for the workstream, subject to confirmation of funding by the end of the quarter."),
                Row($"D{number}.2", index % 2 == 0
                    ? "The group noted the report and asked for a short update on risks at the next meeting."
                    : "The group agreed that the evaluation criteria be published on the forum alongside these minutes."),
            ],
            caption: "Decisions"));

        var actionCount = 2 + index % 3;
        var actions = Enumerable.Range(1, actionCount).Select(a => Row(
            $"A{number}.{a}",
            a % 2 == 1
                ? "Circulate the updated delivery plan to all four nations, highlighting changes to measurable targets and timelines."
                : "Report back on progress against the agreed indicators, including numbers of patients reached.",
            Owners[(index + a) % Owners.Length],
            new DateOnly(2025, 7, 1).AddDays(7 * ((index + a) % 8)).ToString("d MMM yyyy", CultureInfo.InvariantCulture),
            a == 1 ? "Open" : "Not started")).ToList();
        blocks.Add(new TableBlock(
            [new TableColumn("Ref", 1), new TableColumn("Action", 5), new TableColumn("Owner", 2.2f), new TableColumn("Due", 1.6f), new TableColumn("Status", 1.6f)],
            actions,
            caption: "Actions"));
    }

    private static string ItemMarkdown(int number, int index)
    {
        var body = $"""
            The co-chair introduced the item and thanked colleagues for the paper (**RDFB-DG-{number:00}**), circulated in advance.
            Members discussed progress since the last meeting, noting that *three of the four nations* had reported against
            the agreed indicators and that the remaining return was expected before the end of the month.

            Key points raised in discussion:

            - Progress on the priority **to improve the diagnosis** of rare conditions remains on track.
            - Waiting times for specialist review have fallen in two nations, but data definitions still differ:
              - England and Wales report from referral;
              - Scotland and Northern Ireland report from first appointment.
            - The patient community asked that published updates use `plain language` and avoid acronyms.

            """ + "\n\n";
        if (index % 3 == 0)
        {
            body += """
                > We want to see the difference these actions make to families, not only the number of actions completed.
                > (Patient representative)

                """ + "\n\n";
        }
        if (index % 4 == 1)
        {
            body += """
                ### Data quality

                The genomics workstream presented turnaround times by test type:

                | Test | Median days | Target |
                |---|---:|---:|
                | Whole genome sequencing | 84 | 70 |
                | Rapid exome (critically ill children) | 11 | 14 |
                | Single gene panel | 35 | 42 |

                """ + "\n\n";
        }
        if (index % 5 == 2)
        {
            body += """
                The full evaluation is at https://www.example.org/rare-diseases/delivery-group/papers/2025/06/newborn-screening-pilot-evaluation-final-report.pdf and the summary is on the [forum page](https://forum.example.org/boards/rdfb/minutes).

                1. Confirm the sample size for phase two.
                2. Agree the data-sharing agreement template.
                3. Publish the evaluation protocol.

                """ + "\n\n";
        }
        body += "The group **agreed** the recommendations in the paper, with the amendments recorded below.\n";
        return body;
    }
}
