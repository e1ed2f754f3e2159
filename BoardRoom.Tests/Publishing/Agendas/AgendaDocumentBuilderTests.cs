using System.Text.RegularExpressions;
using BoardRoom.Core.Agendas;
using BoardRoom.Publishing.Agendas;
using BoardRoom.Publishing.Pdf;

namespace BoardRoom.Tests.Publishing.Agendas;

/// <summary>
/// The agenda's board pack as a PDF, read back with pdftotext: times as the agenda computes them, presenters,
/// purposes, markers and paper titles; the public pack without a word of the reserved item.
/// </summary>
public sealed partial class AgendaDocumentBuilderTests(PdfRendererFixture fixture) : IClassFixture<PdfRendererFixture>
{
    private const string ReservedTitle = "Procurement of genomic testing services";
    private const string ReservedPaper = "DG-2026-21 genomic tender options.pdf";

    private readonly PdfRenderer _renderer = fixture.Renderer;

    // 10:00 London time in winter is 10:00 UTC.
    private static readonly DateTimeOffset Start = new(2026, 12, 8, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A pack as the agenda computes it: each item starts when the one before it ends.</summary>
    public static AgendaPack Pack()
    {
        var rows = new (string Title, AgendaPurpose Purpose, string Presenter, int Minutes, bool Reserved, bool Standing, string[] Papers)[]
        {
            ("Welcome, introductions and apologies", AgendaPurpose.ForInformation, "Helen Marsh", 5, false, true, []),
            ("Wales action plan: mid-year review", AgendaPurpose.ForDiscussion, "Rhys Evans", 20, false, false, ["DG-2026-18 Wales mid-year review.pdf"]),
            ("Data and digital: shared rare disease registry specification", AgendaPurpose.ForDecision, "Daniel Price", 25, false, false,
                ["DG-2026-19 registry minimum data set.pdf", "DG-2026-19a annex.docx"]),
            (ReservedTitle, AgendaPurpose.ForDiscussion, "Oliver Bennett", 15, true, false, [ReservedPaper]),
            ("Any other business", AgendaPurpose.ForDiscussion, "Co-chairs", 10, false, true, []),
        };
        var at = Start;
        var items = new List<AgendaPackItem>();
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            items.Add(new AgendaPackItem(i + 1, r.Title, r.Purpose, r.Presenter, at, r.Minutes,
                r.Reserved ? "Commercially sensitive: reserved business." : "", r.Reserved, r.Standing, r.Papers));
            at = at.AddMinutes(r.Minutes);
        }
        return new AgendaPack("UK Rare Diseases Framework Board", "Delivery Group", "Delivery Group meeting 9", 9, Start, Start.AddHours(2),
            "Victoria Street, London", "https://meet.example/dg", "Europe/London", ["Helen Marsh (permanent co-chair)", "Siobhan Doherty (Northern Ireland)"],
            "Approved by Helen Marsh, 1 December 2026 at 10:00", items, Start.AddDays(-7));
    }

    private string Render(AgendaPack pack, string name)
    {
        var path = PdfTools.Save(_renderer.Render(AgendaDocumentBuilder.Build(pack)), name);
        var (exitCode, output) = PdfTools.Check(path);
        Assert.True(exitCode == 0, $"qpdf --check {name}: {output}");
        return path;
    }

    /// <summary>The text with runs of whitespace as one space, so a title wrapped in a table cell still reads whole.</summary>
    private static string Words(string path) => Spaces().Replace(PdfTools.Run("pdftotext", $"-enc UTF-8 \"{path}\" -"), " ");

    [Fact]
    public void FullPack_PrintsEachItemsStartTimePresenterPurposeMarkersAndPapers()
    {
        var path = Render(Pack(), "agenda-full");
        var text = Words(path);

        foreach (var expected in new[]
        {
            "Agenda: Delivery Group meeting 9", "Tuesday 8 December 2026, 10:00–12:00 (UK time)", "Victoria Street, London",
            "Helen Marsh (permanent co-chair)", "Siobhan Doherty (Northern Ireland)", "Approved by Helen Marsh, 1 December 2026 at 10:00",
            // Start times as the agenda computes them: 10:00 + 5 + 20 + 25 = 10:50, the reserved item's.
            "10:00–10:05", "10:05–10:25", "10:25–10:50", "10:50–11:05", "11:05–11:15",
            "Presented by Daniel Price", "For decision", "Presented by Rhys Evans", "For discussion", "For information", "(25 minutes)",
            "Standing item", "Reserved business", "4. " + ReservedTitle + " (reserved business)",
            "DG-2026-18 Wales mid-year review.pdf", "DG-2026-19 registry minimum data set.pdf", "DG-2026-19a annex.docx", ReservedPaper,
            "Papers", "The agenda ends at 11:15.",
        })
        {
            Assert.Contains(expected, text);
        }
        // A pack with reserved business is confidential on every page, as the full minutes are.
        Assert.Contains("CONFIDENTIAL", PdfTools.Text(path, page: 1));
        Assert.Contains("(full board pack, confidential)", PdfTools.Info(path)["Title"]);
    }

    [Fact]
    public void PublicPack_LeavesTheReservedItemAndItsPapersOut_AndKeepsTheOthersTimes()
    {
        var path = Render(Pack().ToPublic(), "agenda-public");
        var text = Words(path);

        Assert.DoesNotContain("genomic", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Oliver Bennett", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Commercially sensitive", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CONFIDENTIAL", text, StringComparison.Ordinal);
        Assert.DoesNotContain("10:50–11:05", text, StringComparison.Ordinal);
        Assert.Contains("Board pack without reserved business.", text);
        Assert.Contains(AgendaDocumentBuilder.PublicNote, text);
        // The other items keep the agenda's own times and numbers (the meeting still spends the reserved item's time).
        Assert.Contains("11:05–11:15", text);
        Assert.Contains("5. Any other business", text);
        Assert.Contains("DG-2026-19 registry minimum data set.pdf", text);
        Assert.DoesNotContain("(full board pack", PdfTools.Info(path)["Title"], StringComparison.Ordinal);
    }

    [Fact]
    public void APackWithoutReservedItems_IsNotMarkedConfidential_AndSaysWhenThereAreNoPapers()
    {
        var pack = Pack();
        pack = pack with { Items = pack.Items.Where(i => !i.IsReserved).Select(i => i with { Papers = [] }).ToList() };
        var text = Words(Render(pack, "agenda-plain"));

        Assert.DoesNotContain("CONFIDENTIAL", text, StringComparison.Ordinal);
        Assert.Contains("No papers have been attached to this agenda.", text);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
