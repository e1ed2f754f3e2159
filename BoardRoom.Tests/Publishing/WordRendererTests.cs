using BoardRoom.Core.Minutes.Records;
using BoardRoom.Publishing.Documents;
using BoardRoom.Publishing.Markdown;
using BoardRoom.Publishing.Minutes;
using BoardRoom.Publishing.Word;
using BoardRoom.Tests.Core.Minutes.Records;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ListItem = BoardRoom.Publishing.Documents.ListItem;
using TableCell = BoardRoom.Publishing.Documents.TableCell;
using TableRow = BoardRoom.Publishing.Documents.TableRow;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BoardRoom.Tests.Publishing;

/// <summary>The .docx opened with the Open XML SDK, as Word would open it: its text, styles, numbering, tables and links.</summary>
public class WordRendererTests
{
    private static readonly PublishedDocument EveryBlock = TestDocuments.With(
    [
        new HeadingBlock(1, "Minutes of the Delivery Group"),
        new KeyValueBlock([new KeyValueEntry("Venue", "Caerdydd & Ŵyddgrug"), new KeyValueEntry("Chair", "Dr Helen Marsh")]),
        new HeadingBlock(2, "1. Welcome"),
        new ParagraphBlock([Inline.Plain("The board "), Inline.Bold("agreed the plan"), Inline.Plain(" and "), Inline.Italic("noted the risk"),
            Inline.Plain(", see "), Inline.Code("D-2025-04"), Inline.Plain(" and "), Inline.Link("https://example.org/plan?a=1&b=2", "the plan"), Inline.Plain("."),
            LineBreakInline.Instance, Inline.Plain("Second line of the same paragraph.")]),
        new HeadingBlock(3, "1.1 Actions"),
        new ListBlock(false,
        [
            new ListItem([new ParagraphBlock("Bullet one"), new ListBlock(true, [new ListItem("Nested first"), new ListItem("Nested second")], start: 3)]),
            new ListItem([new ParagraphBlock("Bullet two"), new ParagraphBlock("A second paragraph of bullet two.")]),
        ]),
        new ListBlock(true, [new ListItem("Numbered one"), new ListItem("Numbered two")]),
        new TableBlock(
            [new TableColumn("Ref", 1, noWrap: true), new TableColumn("Action", 4), new TableColumn("Due", 1.5f, ColumnAlignment.Right)],
            [new TableRow(["A-2025-01", "Write to the trusts", "1 July 2025"]), new TableRow(["A-2025-02", new TableCell([Inline.Bold("Report back")]), ""])],
            caption: "Actions agreed"),
        new QuoteBlock([new ParagraphBlock("A quoted remark from the chair.")]),
        new CodeBlock("line one\n    indented line two"),
        ThematicBreakBlock.Instance,
        new SignOffBlock([new SignOffEntry("Dr Helen Marsh", "Permanent co-chair", new DateTimeOffset(2025, 6, 17, 15, 0, 0, TimeSpan.Zero), TestDocuments.Hash)]),
    ]);

    private static byte[] Render(PublishedDocument document) => new WordRenderer().Render(document);

    [Fact]
    public void EveryBlock_IsWritten_AndTheDocumentIsValidOpenXml()
    {
        var docx = Render(EveryBlock);

        WordTools.AssertValid(docx);
        using var document = WordTools.Open(docx);
        var paragraphs = WordTools.Paragraphs(document);
        foreach (var text in new[]
        {
            "Minutes of the Delivery Group", "Venue: Caerdydd & Ŵyddgrug", "1. Welcome", "1.1 Actions", "Bullet one", "Nested first", "Nested second",
            "Bullet two", "A second paragraph of bullet two.", "Numbered one", "Numbered two", "Ref", "Action", "Due", "A-2025-01", "Write to the trusts",
            "1 July 2025", "Report back", "A quoted remark from the chair.", "Dr Helen Marsh", "Permanent co-chair", "Signed (UTC)", "2025-06-17 15:00",
        })
        {
            Assert.Contains(text, paragraphs);
        }
        Assert.Contains("line one\n    indented line two", paragraphs);
        Assert.Contains(paragraphs, p => p.Contains("The board agreed the plan and noted the risk, see D-2025-04 and the plan.\nSecond line", StringComparison.Ordinal));
        Assert.Contains("Content SHA-256: " + TestDocuments.Hash, paragraphs);
    }

    [Fact]
    public void Headings_UseWordsHeadingStyles_DefinedInTheStylesPart()
    {
        using var document = WordTools.Open(Render(EveryBlock));

        Assert.Equal("Heading1", WordTools.StyleOf(WordTools.ParagraphWith(document, "Minutes of the Delivery Group")));
        Assert.Equal("Heading2", WordTools.StyleOf(WordTools.ParagraphWith(document, "1. Welcome")));
        Assert.Equal("Heading3", WordTools.StyleOf(WordTools.ParagraphWith(document, "1.1 Actions")));
        Assert.Null(WordTools.StyleOf(WordTools.ParagraphWith(document, "The board agreed"))); // Normal, the default style
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        for (var level = 1; level <= 3; level++)
        {
            var heading = styles[$"Heading{level}"];
            Assert.Equal($"heading {level}", heading.StyleName!.Val!.Value);
            Assert.Equal(level - 1, heading.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        }
        Assert.True(styles["Normal"].Default!.Value);
        Assert.Equal("Quote", WordTools.StyleOf(WordTools.ParagraphWith(document, "A quoted remark")));
        Assert.Equal("Code", WordTools.StyleOf(WordTools.ParagraphWith(document, "line one")));
        Assert.Equal(WordRenderer.MonoFont, styles["Code"].StyleRunProperties!.RunFonts!.Ascii!.Value);
        Assert.Equal(WordRenderer.MonoFont, styles["CodeChar"].StyleRunProperties!.RunFonts!.Ascii!.Value);
    }

    [Fact]
    public void Lists_HaveNumberingProperties_WithNestedLevels_AndARealNumberingPart()
    {
        using var document = WordTools.Open(Render(EveryBlock));
        var numbering = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;

        NumberingProperties Numbering(string text) => WordTools.ParagraphWith(document, text).ParagraphProperties!.NumberingProperties!;
        NumberFormatValues Format(NumberingProperties p)
        {
            var instance = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == p.NumberingId!.Val!.Value);
            var @abstract = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == instance.AbstractNumId!.Val!.Value);
            return @abstract.Elements<Level>().Single(l => l.LevelIndex!.Value == p.NumberingLevelReference!.Val!.Value).NumberingFormat!.Val!.Value;
        }

        var bullet = Numbering("Bullet one");
        Assert.Equal(0, bullet.NumberingLevelReference!.Val!.Value);
        Assert.Equal(NumberFormatValues.Bullet, Format(bullet));
        Assert.Equal(bullet.NumberingId!.Val!.Value, Numbering("Bullet two").NumberingId!.Val!.Value);
        var nested = Numbering("Nested first");
        Assert.Equal(1, nested.NumberingLevelReference!.Val!.Value);
        Assert.NotEqual(NumberFormatValues.Bullet, Format(nested));
        // The nested numbered list starts at 3, as in the model.
        var nestedInstance = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == nested.NumberingId!.Val!.Value);
        Assert.Equal(3, nestedInstance.Descendants<StartOverrideNumberingValue>().Single().Val!.Value);
        Assert.Equal(NumberFormatValues.Decimal, Format(Numbering("Numbered one")));
        // Each list numbers on its own, so the second numbered list does not carry on from the first.
        Assert.NotEqual(nested.NumberingId!.Val!.Value, Numbering("Numbered one").NumberingId!.Val!.Value);
        // A continuation paragraph belongs to its item: indented, unnumbered.
        var continuation = WordTools.ParagraphWith(document, "A second paragraph of bullet two.");
        Assert.Null(continuation.ParagraphProperties!.NumberingProperties);
        Assert.Equal("ListParagraph", WordTools.StyleOf(continuation));
    }

    [Fact]
    public void Tables_AreWordTables_WithARepeatingHeaderRow_AStyleAndBorders()
    {
        using var document = WordTools.Open(Render(EveryBlock));
        var tables = document.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();

        Assert.Equal(2, tables.Count); // the actions and the sign-off
        var table = tables[0];
        var rows = table.Elements<W.TableRow>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties?.GetFirstChild<TableHeader>()));
        Assert.Equal(["Ref", "Action", "Due"], rows[0].Elements<W.TableCell>().Select(WordTools.Text));
        Assert.Equal(["A-2025-01", "Write to the trusts", "1 July 2025"], rows[1].Elements<W.TableCell>().Select(WordTools.Text));
        Assert.Equal(["A-2025-02", "Report back", ""], rows[2].Elements<W.TableCell>().Select(WordTools.Text));
        Assert.Equal("Actions agreed", table.GetFirstChild<TableProperties>()!.TableCaption!.Val!.Value);
        // The caption is also shown, above the table, as the HTML's <caption> is.
        var caption = Assert.IsType<Paragraph>(table.PreviousSibling());
        Assert.Equal(("Caption", "Actions agreed"), (WordTools.StyleOf(caption), WordTools.Text(caption)));
        Assert.Equal(3, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        Assert.NotNull(rows[1].Elements<W.TableCell>().First().TableCellProperties!.NoWrap);
        Assert.Equal(JustificationValues.Right, rows[1].Elements<W.TableCell>().Last().Descendants<Justification>().Single().Val!.Value);

        var styleId = table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value!;
        var style = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == styleId);
        Assert.Equal(StyleValues.Table, style.Type!.Value);
        var borders = style.StyleTableProperties!.TableBorders!;
        Assert.Equal(BorderValues.Single, borders.TopBorder!.Val!.Value);
        Assert.Equal(BorderValues.Single, borders.InsideHorizontalBorder!.Val!.Value);

        var signOff = tables[1].Elements<W.TableRow>().ToList();
        Assert.NotNull(signOff[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(["Signed by", "Role", "Signed (UTC)", "SHA-256 of approved text"], signOff[0].Elements<W.TableCell>().Select(WordTools.Text));
        Assert.Equal(TestDocuments.Hash, WordTools.Text(signOff[1].Elements<W.TableCell>().Last()));
    }

    [Fact]
    public void Runs_CarryBoldItalicAndCode_HeaderCellsAreBold_AndLineBreaksAreBreaks()
    {
        using var document = WordTools.Open(Render(EveryBlock));
        var runs = document.MainDocumentPart!.Document!.Body!.Descendants<Run>().ToList();
        Run RunOf(string text) => runs.First(r => WordTools.Text(r) == text);

        Assert.NotNull(RunOf("agreed the plan").RunProperties!.Bold);
        Assert.Null(RunOf("agreed the plan").RunProperties!.Italic);
        Assert.NotNull(RunOf("noted the risk").RunProperties!.Italic);
        Assert.Null(RunOf("The board ").RunProperties);
        Assert.Equal("CodeChar", RunOf("D-2025-04").RunProperties!.RunStyle!.Val!.Value);
        Assert.NotNull(RunOf("Report back").RunProperties!.Bold);
        Assert.NotNull(RunOf("Action").RunProperties!.Bold); // a header cell
        var paragraph = WordTools.ParagraphWith(document, "The board agreed");
        Assert.Single(paragraph.Descendants<Break>());
        Assert.Equal(2, WordTools.ParagraphWith(document, "line one").Descendants<Run>().Count());
    }

    [Fact]
    public void Links_AreHyperlinks_ToAnExternalRelationship()
    {
        using var document = WordTools.Open(Render(EveryBlock));
        var main = document.MainDocumentPart!;

        var hyperlink = Assert.Single(main.Document!.Body!.Descendants<Hyperlink>());
        Assert.Equal("the plan", WordTools.Text(hyperlink));
        var relationship = Assert.Single(main.HyperlinkRelationships, r => r.Id == hyperlink.Id!.Value);
        Assert.True(relationship.IsExternal);
        Assert.Equal("https://example.org/plan?a=1&b=2", relationship.Uri.OriginalString);
        Assert.Equal("Hyperlink", hyperlink.Descendants<RunStyle>().Single().Val!.Value);
    }

    [Fact]
    public void DocumentProperties_HeaderAndFooter_ComeFromTheModel()
    {
        var docx = Render(TestDocuments.With([new ParagraphBlock("Body")], confidential: true));
        using var document = WordTools.Open(docx);

        var properties = document.PackageProperties;
        Assert.Equal(TestDocuments.Metadata.Title, properties.Title);
        Assert.Equal(TestDocuments.Metadata.Subject, properties.Subject);
        Assert.Equal(TestDocuments.Metadata.Author, properties.Creator);
        Assert.Equal("minutes; rare diseases", properties.Keywords);
        Assert.Equal(TestDocuments.Metadata.Created.UtcDateTime, properties.Created);
        Assert.Equal(TestDocuments.Metadata.Modified.UtcDateTime, properties.Modified);
        Assert.Equal("en-GB", properties.Language);
        var header = WordTools.Text(document.MainDocumentPart!.HeaderParts.Single().Header!);
        Assert.Contains("Test Board · Minutes version 2", header, StringComparison.Ordinal);
        Assert.Contains("CONFIDENTIAL", header, StringComparison.Ordinal);
        Assert.Contains("CONFIDENTIAL", WordTools.Paragraphs(document));
        var footer = document.MainDocumentPart.FooterParts.Single().Footer!;
        Assert.Contains(TestDocuments.Hash[..16], WordTools.Text(footer), StringComparison.Ordinal);
        Assert.Contains(footer.Descendants<SimpleField>(), f => f.Instruction!.Value!.Trim() == "PAGE");
        Assert.DoesNotContain("CONFIDENTIAL", WordTools.AllText(Render(TestDocuments.With([new ParagraphBlock("Body")]))), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameModel_GivesTheSameDocument()
    {
        var sample = SampleMinutes.Build();

        Assert.Equal(WordTools.PartsXml(Render(sample)), WordTools.PartsXml(Render(sample)));
        Assert.Equal(WordTools.AllText(Render(sample)), WordTools.AllText(new WordRenderer().Render(SampleMinutes.Build())));
    }

    [Fact]
    public void TheSampleMinutes_AreValidOpenXml_AndReadAsTheHtmlDoes()
    {
        var docx = Render(SampleMinutes.Build());

        WordTools.AssertValid(docx);
        var text = WordTools.AllText(docx);
        Assert.Contains(SampleMinutes.ContentHash, text, StringComparison.Ordinal);
        using var document = WordTools.Open(docx);
        Assert.Contains(document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>(), p => WordTools.StyleOf(p) == "Heading1");
    }

    [Fact]
    public void ThePublicRecord_HasNoReservedBusiness_AndTheFullOneIsConfidential()
    {
        var record = RecordSamples.Full();

        var publicText = WordTools.AllText(Render(MinutesDocumentBuilder.Build(record.ToPublic(), PublicationStamp.Draft(RecordSamples.Start))));
        Assert.DoesNotContain(RecordSamples.ReservedMarker, publicText, StringComparison.Ordinal);
        Assert.DoesNotContain("CONFIDENTIAL", publicText, StringComparison.Ordinal);
        Assert.Contains("Reserved business: 1 item taken in private.", publicText, StringComparison.Ordinal);

        var fullText = WordTools.AllText(Render(MinutesDocumentBuilder.Build(record, PublicationStamp.Draft(RecordSamples.Start))));
        Assert.Contains(RecordSamples.ReservedMarker, fullText, StringComparison.Ordinal);
        Assert.Contains("CONFIDENTIAL", fullText, StringComparison.Ordinal);
    }

    [Fact]
    public void ControlCharactersAndMarkup_InUserText_LeaveAValidDocument()
    {
        var markdown = "Tom & Jerry <b>not bold</b> \u0001bell\u0007 \"quoted\"\n\n* item <script>\n  1. nested";
        var docx = Render(TestDocuments.With(MarkdownBlockConverter.Convert(markdown)));

        WordTools.AssertValid(docx);
        var text = WordTools.AllText(docx);
        Assert.Contains("Tom & Jerry", text, StringComparison.Ordinal);
        Assert.Contains("bell", text, StringComparison.Ordinal);
        Assert.Contains("nested", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0001', text);
        Assert.DoesNotContain('\u0007', text);
        using var document = WordTools.Open(docx);
        Assert.Empty(document.MainDocumentPart!.HyperlinkRelationships);
    }

    [Fact]
    public void TheContentType_IsWordsDocumentType()
    {
        using var document = WordTools.Open(Render(TestDocuments.With([new ParagraphBlock("x")])));

        Assert.Equal(WordprocessingDocumentType.Document, document.DocumentType);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", WordRenderer.ContentType);
    }
}
