using System.Text;
using BoardRoom.Publishing.Documents;
using BoardRoom.Publishing.Markdown;
using BoardRoom.Publishing.Pdf;

namespace BoardRoom.Tests.Publishing;

public class PdfRendererTests(PdfRendererFixture fixture) : IClassFixture<PdfRendererFixture>
{
    private readonly PdfRenderer _renderer = fixture.Renderer;

    /// <summary>Renders, saves for inspection, and checks the file's structure with qpdf.</summary>
    private string Render(PublishedDocument document, string name)
    {
        var path = PdfTools.Save(_renderer.Render(document), name);
        var (exitCode, output) = PdfTools.Check(path);
        Assert.True(exitCode == 0, $"qpdf --check {name}: {output}");
        return path;
    }

    private static string Flatten(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    [Fact]
    public void RenderedText_HoldsParagraphsStyledWordsTableCellsListItemsAndSignOffNames()
    {
        var blocks = new List<Block>
        {
            new HeadingBlock(1, "Minutes of the Delivery Group"),
            new ParagraphBlock([Inline.Plain("Members discussed "), Inline.Bold("boldword"), Inline.Plain(" and "), Inline.Italic("italicword"), Inline.Plain(" and "), Inline.Code("codeword"), Inline.Plain(".")]),
            new ListBlock(false, [new ListItem([new ParagraphBlock("Outer bullet item"), new ListBlock(true, [new ListItem("Inner numbered item")])])]),
            new QuoteBlock([new ParagraphBlock("Quoted patient voice")]),
            new TableBlock([new TableColumn("Ref"), new TableColumn("Action")], [new TableRow([new TableCell("A1"), new TableCell("Publish the evaluation protocol")])], caption: "Actions"),
            new CodeBlock("monospaced line"),
            ThematicBreakBlock.Instance,
            new KeyValueBlock([new KeyValueEntry("Venue", "Victoria Street")]),
            new SignOffBlock([new SignOffEntry("Dr Helen Marsh", "Permanent co-chair", new DateTimeOffset(2025, 6, 17, 15, 0, 0, TimeSpan.Zero), TestDocuments.Hash)]),
        };
        var path = Render(TestDocuments.With(blocks), "content");

        var text = PdfTools.Text(path);
        foreach (var expected in new[]
        {
            "Minutes of the Delivery Group", "Members discussed", "boldword", "italicword", "codeword", "Outer bullet item", "1.",
            "Inner numbered item", "Quoted patient voice", "Actions", "Publish the evaluation protocol", "A1", "monospaced line", "Venue",
            "Victoria Street", "Dr Helen Marsh", "Permanent co-chair", "2025-06-17 15:00",
        })
        {
            Assert.Contains(expected, text);
        }
        Assert.Contains(TestDocuments.Hash, Flatten(text));
    }

    [Fact]
    public void LinesTypedWithOneEnter_StartNewLinesInThePdf()
    {
        var path = Render(TestDocuments.With(MarkdownBlockConverter.Convert("Present: Helen Marsh\nApologies: Rhys Evans")), "line-breaks");

        var lines = PdfTools.Text(path).Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains("Present: Helen Marsh", lines);
        Assert.Contains("Apologies: Rhys Evans", lines);
    }

    [Fact]
    public void BoldItalicAndCode_AreSetInTheirOwnEmbeddedFaces()
    {
        var path = Render(TestDocuments.With([new ParagraphBlock([Inline.Plain("plain "), Inline.Bold("bold "), Inline.Italic("italic "), new TextInline("both ", TextStyle.Bold | TextStyle.Italic), Inline.Code("code")])]), "faces");

        var fonts = PdfTools.Fonts(path).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        var sans = _renderer.SansFamily.Replace(" ", "", StringComparison.Ordinal);
        var mono = _renderer.MonoFamily.Replace(" ", "", StringComparison.Ordinal);
        Assert.Equal(5, fonts.Count);
        Assert.All(fonts, line => Assert.Matches(@"\byes\s+yes\s+yes\b", line)); // embedded, subset-named, with ToUnicode
        Assert.Contains(fonts, l => l.Contains(sans + " ", StringComparison.Ordinal) || l.Contains(sans + "-Regular", StringComparison.Ordinal) || l.Contains(sans + "-Book", StringComparison.Ordinal));
        Assert.Contains(fonts, l => l.Contains(sans + "-Bold ", StringComparison.Ordinal));
        Assert.Contains(fonts, l => l.Contains(sans + "-Italic", StringComparison.Ordinal) || l.Contains(sans + "-Oblique", StringComparison.Ordinal));
        Assert.Contains(fonts, l => l.Contains(sans + "-BoldItalic", StringComparison.Ordinal) || l.Contains(sans + "-BoldOblique", StringComparison.Ordinal));
        Assert.Contains(fonts, l => l.Contains(mono, StringComparison.Ordinal));
    }

    [Fact]
    public void Metadata_IsReadBackByPdfinfo()
    {
        var path = Render(TestDocuments.With([new ParagraphBlock("Body")]), "metadata");

        var info = PdfTools.Info(path);
        Assert.Equal("Delivery Group minutes, Ŵyddgrug – 3 June 2025", info["Title"]);
        Assert.Equal("Board Secretariat", info["Author"]);
        Assert.Equal("Minutes of the Delivery Group", info["Subject"]);
        Assert.Equal("minutes, rare diseases", info["Keywords"]);
        Assert.Equal("BoardRoom", info["Creator"]);
        Assert.StartsWith("2025-06-19T09:30:00", info["CreationDate"], StringComparison.Ordinal);
        Assert.StartsWith("2025-06-20T14:00:00", info["ModDate"], StringComparison.Ordinal);
        Assert.Equal("595 x 842 pts (A4)", info["Page size"]);
    }

    [Fact]
    public void EveryPage_SaysPageXOfNAndShowsTheContentHash()
    {
        var path = Render(TestDocuments.With(Enumerable.Range(1, 120).Select(TestDocuments.Filler)), "page-numbers");

        var pages = PdfTools.Pages(path);
        Assert.True(pages.Length >= 3, $"expected at least 3 pages, got {pages.Length}");
        for (var i = 0; i < pages.Length; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Length}", pages[i]);
            Assert.Contains("0123456789abcdef", pages[i]);
            Assert.Contains("Test Board", pages[i]);
        }
        Assert.Equal(pages.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), PdfTools.Info(path)["Pages"]);
    }

    [Fact]
    public void ATableSpanningPages_RepeatsItsHeaderRowOnEachPage()
    {
        var rows = Enumerable.Range(1, 90).Select(i => new TableRow([new TableCell($"R{i:000}"), new TableCell($"Action text for row {i}, long enough to need some width in the column."), new TableCell("Secretariat")]));
        var table = new TableBlock([new TableColumn("Reference"), new TableColumn("Agreed action"), new TableColumn("Responsible owner")], rows);
        var path = Render(TestDocuments.With([new ParagraphBlock("Before the table."), table]), "table-break");

        var pages = PdfTools.Pages(path);
        Assert.True(pages.Length >= 3, $"expected the table to span 3+ pages, got {pages.Length}");
        foreach (var page in pages)
        {
            Assert.Contains("Reference", page);
            Assert.Contains("Agreed action", page);
            Assert.Contains("Responsible owner", page);
            // The header comes before the first row of the page.
            Assert.True(page.IndexOf("Agreed action", StringComparison.Ordinal) < page.IndexOf("Action text for row", StringComparison.Ordinal));
        }
        var all = string.Concat(pages);
        for (var i = 1; i <= 90; i++)
        {
            Assert.Contains($"R{i:000}", all);
        }
    }

    [Fact]
    public void ARowTallerThanAPage_IsSplitBetweenLinesWithNothingLost()
    {
        var tall = string.Join(" ", Enumerable.Range(1, 900).Select(i => $"w{i}"));
        var table = new TableBlock([new TableColumn("Ref", 1), new TableColumn("Text", 6)], [new TableRow([new TableCell("T1"), new TableCell(tall)])]);
        var path = Render(TestDocuments.With([table]), "tall-row");

        var pages = PdfTools.Pages(path);
        Assert.True(pages.Length >= 2);
        Assert.All(pages, p => Assert.Contains("Text", p));
        var words = string.Concat(pages).Split([' ', '\n', '\f'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.StartsWith('w')).ToList();
        Assert.Equal(Enumerable.Range(1, 900).Select(i => $"w{i}"), words);
    }

    [Fact]
    public void A300CharacterWord_WrapsOverSeveralLinesAndIsFullyPresent()
    {
        var word = string.Concat(Enumerable.Repeat("Abcdefghij", 30));
        var url = "https://www.example.org/" + string.Concat(Enumerable.Repeat("segment-", 30)) + "end";
        var path = Render(TestDocuments.With([new ParagraphBlock("Before " + word + " after"), new ParagraphBlock([Inline.Link(url, url)])]), "long-word");

        var text = PdfTools.Text(path);
        var wordLines = text.Split('\n').Where(l => l.Contains("Abcdefghij", StringComparison.Ordinal)).ToList();
        Assert.True(wordLines.Count >= 2, "the word should be broken over several lines");
        Assert.Contains(word, Flatten(text));
        Assert.Contains(url, Flatten(text));
        Assert.Contains("after", text);
    }

    [Fact]
    public void AHeading_IsNeverTheLastThingOnAPage()
    {
        // Move a heading down the page one filler line at a time: somewhere in this range it would
        // land at the foot of page 1 if it were not kept with the paragraph after it.
        var movedToNextPage = 0;
        for (var fillers = 28; fillers <= 36; fillers++)
        {
            var blocks = Enumerable.Range(1, fillers).Select(TestDocuments.Filler).Cast<Block>()
                .Append(new HeadingBlock(2, "Kept heading"))
                .Append(new ParagraphBlock("Following words of the paragraph under the heading, long enough to wrap onto a second line when set at this width, and then a little more."))
                .ToList();
            var path = Render(TestDocuments.With(blocks), $"keep-heading-{fillers}");

            var pages = PdfTools.Pages(path);
            var headingPage = Array.FindIndex(pages, p => p.Contains("Kept heading", StringComparison.Ordinal));
            Assert.True(headingPage >= 0);
            var pageText = PdfTools.Text(path, headingPage + 1);
            Assert.Contains("Following words", pageText);
            if (headingPage > 0)
            {
                movedToNextPage++;
            }
        }
        Assert.True(movedToNextPage > 0, "the range should include layouts where the heading moves to the next page");
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void AParagraph_NeverLeavesOneLineAloneOnAPage(int lineCount)
    {
        var lines = Enumerable.Range(1, lineCount).SelectMany(i => new Inline[] { LineBreakInline.Instance, Inline.Plain($"Para line {i} of the paragraph") }).Skip(1);
        // Code lines are 11.5 pt against 14 pt text lines, so adding one at a time walks the
        // paragraph's start across every phase of the page foot.
        var split = 0;
        for (var codeLines = 1; codeLines <= 12; codeLines++)
        {
            var blocks = Enumerable.Range(1, 30).Select(TestDocuments.Filler).Cast<Block>()
                .Append(new CodeBlock(string.Join('\n', Enumerable.Range(1, codeLines).Select(i => $"code {i}"))))
                .Append(new ParagraphBlock(lines))
                .ToList();
            var path = Render(TestDocuments.With(blocks), $"widow-{lineCount}-{codeLines}");

            var counts = PdfTools.Pages(path).Select(page => page.Split('\n').Count(l => l.Contains("Para line", StringComparison.Ordinal))).ToList();
            Assert.All(counts, count => Assert.True(count is 0 or >= 2, $"{codeLines} code lines: pages hold [{string.Join(", ", counts)}] lines of the {lineCount}-line paragraph"));
            split += counts.Count(c => c > 0) > 1 ? 1 : 0;
        }
        if (lineCount >= 4)
        {
            Assert.True(split > 0, "some layouts should split the paragraph (two lines or more each side)");
        }
    }

    [Fact]
    public void TheLastRowOfATable_IsNeverAloneOnANewPage()
    {
        var rows = Enumerable.Range(1, 5).Select(i => new TableRow([new TableCell($"Row{i}"), new TableCell("Decision text")]));
        var table = new TableBlock([new TableColumn("Ref"), new TableColumn("Decision")], rows);
        var split = 0;
        for (var codeLines = 1; codeLines <= 14; codeLines++)
        {
            var blocks = Enumerable.Range(1, 24).Select(TestDocuments.Filler).Cast<Block>()
                .Append(new CodeBlock(string.Join('\n', Enumerable.Range(1, codeLines).Select(i => $"code {i}"))))
                .Append(table)
                .ToList();
            var path = Render(TestDocuments.With(blocks), $"table-widow-{codeLines}");

            var counts = PdfTools.Pages(path).Select(page => page.Split('\n').Count(l => l.Contains("Row", StringComparison.Ordinal))).Where(c => c > 0).ToList();
            Assert.True(counts[^1] >= 2, $"{codeLines} code lines: rows per page [{string.Join(", ", counts)}]");
            split += counts.Count > 1 ? 1 : 0;
        }
        Assert.True(split > 0, "some layouts should split the table");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Confidential_IsMarkedOnEveryPageOnlyWhenFlagged(bool confidential)
    {
        var path = Render(TestDocuments.With(Enumerable.Range(1, 80).Select(TestDocuments.Filler), confidential), $"confidential-{confidential}");

        var pages = PdfTools.Pages(path);
        Assert.True(pages.Length >= 2);
        foreach (var page in pages)
        {
            Assert.Equal(confidential, page.Contains("CONFIDENTIAL", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void MarkdownWithScriptAndJavascriptLinks_GivesNoScriptActionsOrUnsafeLinksInThePdf()
    {
        const string markdown = "<script>alert('x')</script>\n\nClick [here](javascript:alert(1)) or [there](https://example.org/safe) <img src=x onerror=alert(2)>\n\n<javascript:alert(3)>";
        var blocks = MarkdownBlockConverter.Convert(markdown);
        var path = Render(TestDocuments.With(blocks), "markdown-script");

        var (exitCode, output) = PdfTools.Check(path);
        Assert.True(exitCode == 0, output);
        Assert.Equal("no", PdfTools.Info(path)["JavaScript"]);
        var objects = Uncompressed(path);
        Assert.DoesNotContain("/JavaScript", objects, StringComparison.Ordinal);
        Assert.DoesNotContain("/JS", objects, StringComparison.Ordinal);
        Assert.DoesNotContain("/Launch", objects, StringComparison.Ordinal);
        var uris = objects.Split("/URI (").Skip(1).Select(s => s[..s.IndexOf(')', StringComparison.Ordinal)]).ToList();
        Assert.Equal(["https://example.org/safe"], uris);
        var text = PdfTools.Text(path);
        Assert.Contains("Click here or there", text); // the unsafe link keeps only its words
    }

    [Fact]
    public void SameDocument_RendersToIdenticalBytes()
    {
        var document = TestDocuments.With(Enumerable.Range(1, 40).Select(TestDocuments.Filler));

        Assert.Equal(_renderer.Render(document), _renderer.Render(document));
    }

    [Fact]
    public void AwkwardContent_RendersWithNothingLost()
    {
        var longHeading = "A heading long enough to wrap over two lines because it names the whole workstream and its sponsors in full";
        var blocks = new List<Block>
        {
            new HeadingBlock(2, longHeading),
            new TableBlock([new TableColumn("Only header"), new TableColumn("")], []),
            new TableBlock(
                Enumerable.Range(1, 8).Select(i => new TableColumn($"Col{i}")),
                [new TableRow([new TableCell("x"), new TableCell(""), new TableCell([Inline.Bold("bold"), LineBreakInline.Instance, Inline.Italic("next")])])]),
            new ListBlock(false,
            [
                new ListItem([new ParagraphBlock("Item with a table"), new TableBlock([new TableColumn("In list")], [new TableRow([new TableCell("cell in list")])])]),
                new ListItem([new CodeBlock("code in list\n\tindented with a tab")]),
                new ListItem([new QuoteBlock([new ParagraphBlock("quote in list")])]),
                new ListItem([]),
            ]),
            new ParagraphBlock("Welsh and Irish: Ŵyddgrug, Caerffili, Dún Laoghaire; “quotes” – dashes — €5 ≥ 3."),
            new CodeBlock(new string('x', 400)),
        };
        var path = Render(TestDocuments.With(blocks), "awkward");

        var text = PdfTools.Text(path);
        var flat = Flatten(text);
        Assert.Contains(Flatten(longHeading), flat);
        foreach (var expected in new[] { "Only header", "Col8", "bold", "next", "cell in list", "code in list", "indented with a tab", "quote in list", "Ŵyddgrug", "Dún Laoghaire", "“quotes”", "€5 ≥ 3" })
        {
            Assert.Contains(expected, text);
        }
        Assert.Contains(new string('x', 400), flat);
    }

    [Fact]
    public void RenderingFromSeveralThreadsAtOnce_GivesTheSameBytesAsOneAtATime()
    {
        var document = SampleMinutesDocument;
        var expected = _renderer.Render(document);

        var results = new byte[4][];
        Parallel.For(0, results.Length, i => results[i] = _renderer.Render(document));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    private static readonly PublishedDocument SampleMinutesDocument = SampleMinutes.Build(agendaItems: 6);

    [Fact]
    public void AnEmptyDocument_IsOnePageWithHeaderAndFooter()
    {
        var path = Render(TestDocuments.With([]), "empty");

        var pages = PdfTools.Pages(path);
        Assert.Single(pages);
        Assert.Contains("Page 1 of 1", pages[0]);
    }

    [Fact]
    public void AMissingFontFamily_FailsNamingTheFamilyAndThePackageToInstall()
    {
        var options = new PdfRenderOptions { SansFamilies = [new PdfFontFamily("No Such Sans Family", "fonts-no-such-sans")] };

        var error = Assert.Throws<PdfFontNotFoundException>(() => new PdfRenderer(options));

        Assert.Contains("No Such Sans Family", error.Message);
        Assert.Contains("apt-get install -y fonts-no-such-sans", error.Message);
    }

    [Fact]
    public void LinksBecomeUrlAnnotations()
    {
        var path = Render(TestDocuments.With([new ParagraphBlock([Inline.Plain("See "), Inline.Link("https://forum.example.org/minutes?id=7", "the forum"), Inline.Plain(" or "), Inline.Link("mailto:secretariat@example.org", "email us")])]), "links");

        var objects = Uncompressed(path);
        Assert.Contains("/URI (https://forum.example.org/minutes?id=7)", objects);
        Assert.Contains("/URI (mailto:secretariat@example.org)", objects);
    }

    /// <summary>The PDF's objects with streams decompressed by qpdf, as text to search.</summary>
    private static string Uncompressed(string path)
    {
        var qdf = Path.ChangeExtension(path, ".qdf.pdf");
        PdfTools.Run("qpdf", $"--qdf --object-streams=disable \"{path}\" \"{qdf}\"");
        return Encoding.Latin1.GetString(File.ReadAllBytes(qdf));
    }
}
