using System.Globalization;
using System.Text;
using BoardRoom.Publishing.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BoardRoom.Publishing.Word;

/// <summary>
/// Renders a <see cref="PublishedDocument"/> as a Word document (.docx) with the Open XML SDK, for readers who edit or
/// file minutes in a word processor. Structure is carried by Word's own styles, so that the navigation pane, a table of
/// contents and screen readers see it: headings are <c>Heading1..3</c>, lists use a numbering part (one instance per
/// list, nested levels), tables are Word tables whose header row repeats on each page. The running header and the
/// CONFIDENTIAL mark are in the page header, the content hash and page numbers in the footer, as in the PDF.
/// Every part and relationship id is fixed, so the same model always gives the same text and structure.
/// </summary>
public sealed class WordRenderer
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string MonoFont = "Consolas";

    private const string SansFont = "Calibri";

    // Twentieths of a point; A4 with 2 cm margins, as the PDF.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1134;
    private const int ContentWidth = PageWidth - 2 * Margin;
    private const int ListIndent = 720;
    private const int Levels = 9;

    public byte[] Render(PublishedDocument document)
    {
        using var stream = new MemoryStream();
        Render(document, stream);
        return stream.ToArray();
    }

    public void Render(PublishedDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        // Built in memory and copied, so that a failure half-way leaves nothing in the caller's stream.
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            Properties(package, document.Metadata);
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>("styles").Styles = Styles();
            var writer = new Writer(main);
            var body = new Body();
            if (document.Confidential)
            {
                body.Append(new Paragraph(
                    new ParagraphProperties(new ParagraphStyleId { Val = "Confidential" }),
                    new Run(new W.Text("CONFIDENTIAL"))));
            }
            writer.Blocks(body, document.Blocks, new Context(0, null));
            if (document.ContentHash.Length > 0)
            {
                body.Append(new Paragraph(
                    new ParagraphProperties(new ParagraphStyleId { Val = "ContentHash" }),
                    new Run(new W.Text("Content SHA-256: ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new RunProperties(new RunStyle { Val = "CodeChar" }), new W.Text(Clean(document.ContentHash)))));
            }
            main.AddNewPart<NumberingDefinitionsPart>("numbering").Numbering = writer.Numbering();
            var header = main.AddNewPart<HeaderPart>("header1");
            header.Header = Header(document);
            var footer = main.AddNewPart<FooterPart>("footer1");
            footer.Footer = Footer(document.ContentHash);
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = "header1" },
                new FooterReference { Type = HeaderFooterValues.Default, Id = "footer1" },
                new W.PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = Margin + 283, Bottom = Margin + 283, Left = Margin, Right = Margin, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document = new W.Document(body);
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Properties(WordprocessingDocument package, DocumentMetadata metadata)
    {
        var properties = package.PackageProperties;
        properties.Title = Clean(metadata.Title);
        properties.Subject = Clean(metadata.Subject);
        properties.Creator = Clean(metadata.Author);
        properties.Keywords = Clean(string.Join("; ", metadata.Keywords.Where(k => k.Length > 0)));
        properties.Created = metadata.Created.UtcDateTime;
        properties.Modified = metadata.Modified.UtcDateTime;
        properties.Language = "en-GB";
    }

    private static W.Header Header(PublishedDocument document)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Header" }));
        if (document.HeaderText.Length > 0)
        {
            paragraph.Append(new Run(new W.Text(Clean(document.HeaderText))));
        }
        if (document.Confidential)
        {
            paragraph.Append(new Run(new TabChar()), new Run(new RunProperties(new Bold(), new W.Color { Val = "B00020" }), new W.Text("CONFIDENTIAL")));
        }
        return new W.Header(paragraph);
    }

    private static W.Footer Footer(string contentHash)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }));
        if (contentHash.Length > 0)
        {
            var shortHash = contentHash.Length > 16 ? contentHash[..16] : contentHash;
            paragraph.Append(new Run(new W.Text("SHA-256 " + Clean(shortHash) + "…")), new Run(new TabChar()));
        }
        paragraph.Append(
            new Run(new W.Text("Page ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new W.Text("1"))) { Instruction = " PAGE " },
            new Run(new W.Text(" of ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new W.Text("1"))) { Instruction = " NUMPAGES " });
        return new W.Footer(paragraph);
    }

    /// <summary>Where a block is written: its list depth (0 outside lists) and the paragraph style its paragraphs take.</summary>
    private readonly record struct Context(int Depth, string? ParagraphStyle);

    private sealed class Writer(MainDocumentPart main)
    {
        private readonly List<(int Id, bool Ordered, int Start)> _lists = [];
        private int _links;

        public void Blocks(OpenXmlCompositeElement parent, IReadOnlyList<Block> blocks, Context context)
        {
            foreach (var block in blocks)
            {
                Block(parent, block, context);
            }
        }

        private void Block(OpenXmlCompositeElement parent, Block block, Context context)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    parent.Append(Paragraph("Heading" + heading.Level.ToString(CultureInfo.InvariantCulture), heading.Content));
                    break;
                case ParagraphBlock paragraph:
                    parent.Append(Paragraph(context.ParagraphStyle, paragraph.Content, context.Depth));
                    break;
                case ListBlock list:
                    List(parent, list, context);
                    break;
                case QuoteBlock quote:
                    Blocks(parent, quote.Blocks, context with { ParagraphStyle = "Quote" });
                    break;
                case TableBlock table:
                    Caption(parent, table.Caption);
                    parent.Append(Table(table));
                    // Two adjacent tables would merge into one; an empty paragraph also gives the space after.
                    parent.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Spacer" })));
                    break;
                case CodeBlock code:
                    parent.Append(Code(code, context.Depth));
                    break;
                case ThematicBreakBlock:
                    parent.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Rule" })));
                    break;
                case KeyValueBlock keyValues:
                    foreach (var entry in keyValues.Entries)
                    {
                        parent.Append(new Paragraph(
                            new ParagraphProperties(new ParagraphStyleId { Val = "KeyValue" }),
                            new Run(new RunProperties(new Bold()), new W.Text(Clean(entry.Label) + ": ") { Space = SpaceProcessingModeValues.Preserve }),
                            new Run(new W.Text(Clean(entry.Value)) { Space = SpaceProcessingModeValues.Preserve })));
                    }
                    break;
                case SignOffBlock signOff:
                    SignOff(parent, signOff);
                    break;
            }
        }

        private void List(OpenXmlCompositeElement parent, ListBlock list, Context context)
        {
            // One numbering instance per list, so that each numbered list starts at its own Start.
            var numId = _lists.Count + 1;
            _lists.Add((numId, list.Ordered, list.Start));
            var level = Math.Min(context.Depth, Levels - 1);
            foreach (var item in list.Items)
            {
                var first = true;
                foreach (var block in item.Blocks)
                {
                    if (first)
                    {
                        first = false;
                        if (block is ParagraphBlock paragraph)
                        {
                            parent.Append(Numbered(Paragraph(context.ParagraphStyle ?? "ListParagraph", paragraph.Content), level, numId));
                            continue;
                        }
                        // An item that opens with something other than a paragraph still shows its marker.
                        parent.Append(Numbered(Paragraph(context.ParagraphStyle ?? "ListParagraph", []), level, numId));
                    }
                    // What follows the first paragraph (more paragraphs, a nested list at the next level) sits under its text.
                    Block(parent, block, new Context(context.Depth + 1, context.ParagraphStyle ?? (block is ListBlock ? null : "ListParagraph")));
                }
                if (first)
                {
                    parent.Append(Numbered(Paragraph(context.ParagraphStyle ?? "ListParagraph", []), level, numId));
                }
            }
        }

        private static Paragraph Numbered(Paragraph paragraph, int level, int numId)
        {
            paragraph.ParagraphProperties!.Append(new NumberingProperties(
                new NumberingLevelReference { Val = level },
                new NumberingId { Val = numId }));
            return paragraph;
        }

        private Paragraph Paragraph(string? style, IReadOnlyList<Inline> content, int depth = 0)
        {
            var properties = new ParagraphProperties();
            if (style is not null)
            {
                properties.Append(new ParagraphStyleId { Val = style });
            }
            if (depth > 0)
            {
                // A paragraph that continues a list item sits under the item's text.
                properties.Append(new Indentation { Left = (depth * ListIndent).ToString(CultureInfo.InvariantCulture) });
            }
            var paragraph = new Paragraph(properties);
            Inlines(paragraph, content, null);
            return paragraph;
        }

        private static Paragraph Code(CodeBlock code, int depth)
        {
            var properties = new ParagraphProperties(new ParagraphStyleId { Val = "Code" });
            if (depth > 0)
            {
                properties.Append(new Indentation { Left = (depth * ListIndent).ToString(CultureInfo.InvariantCulture) });
            }
            var paragraph = new Paragraph(properties);
            var lines = code.Text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var run = new Run();
                if (i > 0)
                {
                    run.Append(new Break());
                }
                run.Append(new W.Text(Clean(lines[i].Replace("\t", "    ", StringComparison.Ordinal))) { Space = SpaceProcessingModeValues.Preserve });
                paragraph.Append(run);
            }
            return paragraph;
        }

        private W.Table Table(TableBlock table)
        {
            var widths = Widths(table.Columns);
            var result = new W.Table(TableProperties(table.Caption), new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
            var header = HeaderRow();
            for (var c = 0; c < table.Columns.Count; c++)
            {
                header.Append(Cell(widths[c], table.Columns[c], table.Columns[c].Header, bold: true));
            }
            result.Append(header);
            foreach (var row in table.Rows)
            {
                var tr = new W.TableRow(new TableRowProperties(new CantSplit()));
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    tr.Append(Cell(widths[c], table.Columns[c], c < row.Cells.Count ? row.Cells[c].Content : [], bold: false));
                }
                result.Append(tr);
            }
            return result;
        }

        private void SignOff(OpenXmlCompositeElement parent, SignOffBlock block)
        {
            if (block.Entries.Count == 0)
            {
                return;
            }
            var columns = new[]
            {
                new TableColumn("Signed by", 3), new TableColumn("Role", 3), new TableColumn(block.TimeHeading, 3), new TableColumn("SHA-256 of approved text", 5),
            };
            var rows = block.Entries.Select(e => new Documents.TableRow(
            [
                new Documents.TableCell(e.Name), new Documents.TableCell(e.Role), new Documents.TableCell(block.SignedAtText(e)), new Documents.TableCell([Inline.Code(e.Sha256)]),
            ]));
            Caption(parent, "Sign-off");
            parent.Append(Table(new TableBlock(columns, rows, "Sign-off")));
            parent.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Spacer" })));
        }

        /// <summary>A table's caption, shown above it (as the HTML's &lt;caption&gt;) and kept on the table's page.</summary>
        private static void Caption(OpenXmlCompositeElement parent, string? caption)
        {
            if (caption is not null)
            {
                parent.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Caption" }), new Run(new W.Text(Clean(caption)))));
            }
        }

        private static W.TableRow HeaderRow() => new(new TableRowProperties(new TableHeader(), new CantSplit()));

        private static TableProperties TableProperties(string? caption)
        {
            var properties = new TableProperties(
                new TableStyle { Val = "MinutesTable" },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true });
            if (caption is not null)
            {
                properties.Append(new TableCaption { Val = Clean(caption) });
            }
            return properties;
        }

        private W.TableCell Cell(int width, TableColumn column, IReadOnlyList<Inline> content, bool bold)
        {
            var cellProperties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (column.NoWrap)
            {
                cellProperties.Append(new NoWrap());
            }
            var paragraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = "TableText" });
            if (column.Alignment != ColumnAlignment.Left)
            {
                paragraphProperties.Append(new Justification { Val = column.Alignment == ColumnAlignment.Center ? JustificationValues.Center : JustificationValues.Right });
            }
            var paragraph = new Paragraph(paragraphProperties);
            Inlines(paragraph, content, bold ? TextStyle.Bold : null);
            return new W.TableCell(cellProperties, paragraph);
        }

        private static int[] Widths(IReadOnlyList<TableColumn> columns)
        {
            var weights = columns.Select(c => c.Weight ?? 1f).ToArray();
            var total = weights.Sum();
            var widths = weights.Select(w => (int)(ContentWidth * w / total)).ToArray();
            widths[^1] += ContentWidth - widths.Sum();
            return widths;
        }

        private void Inlines(OpenXmlCompositeElement parent, IReadOnlyList<Inline> inlines, TextStyle? extra, string? runStyle = null)
        {
            foreach (var inline in inlines)
            {
                switch (inline)
                {
                    case TextInline text:
                        parent.Append(Run(text.Text, text.Style | (extra ?? TextStyle.None), runStyle));
                        break;
                    case LinkInline link:
                        var id = "link" + (++_links).ToString(CultureInfo.InvariantCulture);
                        main.AddHyperlinkRelationship(new Uri(link.Url, UriKind.Absolute), true, id);
                        var hyperlink = new Hyperlink { Id = id, History = true };
                        Inlines(hyperlink, link.Content, extra, "Hyperlink");
                        parent.Append(hyperlink);
                        break;
                    case LineBreakInline:
                        parent.Append(new Run(new Break()));
                        break;
                }
            }
        }

        private static Run Run(string text, TextStyle style, string? runStyle)
        {
            var properties = new RunProperties();
            if (style.HasFlag(TextStyle.Code))
            {
                properties.Append(new RunStyle { Val = "CodeChar" });
            }
            else if (runStyle is not null)
            {
                properties.Append(new RunStyle { Val = runStyle });
            }
            if (style.HasFlag(TextStyle.Bold))
            {
                properties.Append(new Bold());
            }
            if (style.HasFlag(TextStyle.Italic))
            {
                properties.Append(new Italic());
            }
            var run = properties.HasChildren ? new Run(properties) : new Run();
            // A newline inside a text run is a line break in Word as it is in the HTML (white-space) and the PDF.
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    run.Append(new Break());
                }
                if (lines[i].Length > 0)
                {
                    run.Append(new W.Text(Clean(lines[i])) { Space = SpaceProcessingModeValues.Preserve });
                }
            }
            return run;
        }

        public W.Numbering Numbering()
        {
            var numbering = new W.Numbering(
                Abstract(0, ordered: false),
                Abstract(1, ordered: true));
            foreach (var (id, ordered, start) in _lists)
            {
                var instance = new NumberingInstance(new AbstractNumId { Val = ordered ? 1 : 0 }) { NumberID = id };
                if (ordered)
                {
                    instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = 0 });
                }
                numbering.Append(instance);
            }
            return numbering;
        }

        private static AbstractNum Abstract(int id, bool ordered)
        {
            var formats = new[] { NumberFormatValues.Decimal, NumberFormatValues.LowerLetter, NumberFormatValues.LowerRoman };
            var bullets = new[] { "•", "◦", "▪" };
            var result = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
            for (var level = 0; level < Levels; level++)
            {
                var left = ((level + 1) * ListIndent).ToString(CultureInfo.InvariantCulture);
                var lvl = new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = ordered ? formats[level % 3] : NumberFormatValues.Bullet },
                    new LevelText { Val = ordered ? "%" + (level + 1).ToString(CultureInfo.InvariantCulture) + "." : bullets[level % 3] },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = left, Hanging = "360" }))
                { LevelIndex = level };
                if (!ordered)
                {
                    lvl.Append(new NumberingSymbolRunProperties(new RunFonts { Ascii = SansFont, HighAnsi = SansFont, ComplexScript = SansFont }));
                }
                result.Append(lvl);
            }
            return result;
        }
    }

    private static Styles Styles()
    {
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = SansFont, HighAnsi = SansFont, ComplexScript = SansFont, EastAsia = SansFont },
                new FontSize { Val = "22" },
                new FontSizeComplexScript { Val = "22" },
                new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(ParagraphStyle("Normal", "Normal", basedOn: null, isDefault: true));
        var sizes = new[] { "36", "28", "24" };
        for (var level = 1; level <= 3; level++)
        {
            var id = "Heading" + level.ToString(CultureInfo.InvariantCulture);
            styles.Append(ParagraphStyle(id, "heading " + level.ToString(CultureInfo.InvariantCulture), "Normal",
                new ParagraphProperties(
                    new KeepNext(), new KeepLines(),
                    new SpacingBetweenLines { Before = level == 1 ? "360" : "240", After = "120" },
                    new OutlineLevel { Val = level - 1 }),
                new RunProperties(new Bold(), new W.Color { Val = "1F3864" }, new FontSize { Val = sizes[level - 1] }, new FontSizeComplexScript { Val = sizes[level - 1] }),
                next: "Normal"));
        }
        styles.Append(ParagraphStyle("ListParagraph", "List Paragraph", "Normal",
            new ParagraphProperties(new SpacingBetweenLines { After = "60" }, new ContextualSpacing())));
        styles.Append(ParagraphStyle("Quote", "Quote", "Normal",
            new ParagraphProperties(
                new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = "A6A6A6" }),
                new Indentation { Left = "567", Right = "567" }),
            new RunProperties(new Italic(), new W.Color { Val = "404040" })));
        styles.Append(ParagraphStyle("Code", "Code", "Normal",
            new ParagraphProperties(
                new ParagraphBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = "D9D9D9" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = "D9D9D9" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = "D9D9D9" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = "D9D9D9" }),
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F2F2F2" },
                new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new RunProperties(new RunFonts { Ascii = MonoFont, HighAnsi = MonoFont, ComplexScript = MonoFont }, new FontSize { Val = "19" })));
        styles.Append(ParagraphStyle("Caption", "caption", "Normal",
            new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "60" }),
            new RunProperties(new Bold(), new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" })));
        styles.Append(ParagraphStyle("ContentHash", "Content Hash", "Normal",
            new ParagraphProperties(new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = "A6A6A6" }), new SpacingBetweenLines { Before = "240" }),
            new RunProperties(new W.Color { Val = "595959" }, new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })));
        styles.Append(ParagraphStyle("KeyValue", "Key Value", "Normal",
            new ParagraphProperties(new SpacingBetweenLines { After = "40" })));
        styles.Append(ParagraphStyle("TableText", "Table Text", "Normal",
            new ParagraphProperties(new SpacingBetweenLines { After = "0" }), new RunProperties(new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" })));
        styles.Append(ParagraphStyle("Spacer", "Spacer", "Normal",
            new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact })));
        styles.Append(ParagraphStyle("Rule", "Horizontal Rule", "Normal",
            new ParagraphProperties(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "A6A6A6" }))));
        styles.Append(ParagraphStyle("Confidential", "Confidential", "Normal",
            new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
            new RunProperties(new Bold(), new W.Color { Val = "B00020" })));
        var tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = ContentWidth });
        styles.Append(ParagraphStyle("Header", "header", "Normal",
            new ParagraphProperties(tabs, new SpacingBetweenLines { After = "0" }),
            new RunProperties(new W.Color { Val = "595959" }, new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })));
        styles.Append(ParagraphStyle("Footer", "footer", "Normal",
            new ParagraphProperties((Tabs)tabs.CloneNode(true), new SpacingBetweenLines { After = "0" }),
            new RunProperties(new W.Color { Val = "595959" }, new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })));

        styles.Append(CharacterStyle("CodeChar", "Code Char",
            new RunProperties(new RunFonts { Ascii = MonoFont, HighAnsi = MonoFont, ComplexScript = MonoFont }, new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F2F2F2" })));
        styles.Append(CharacterStyle("Hyperlink", "Hyperlink",
            new RunProperties(new W.Color { Val = "0B5CAD" }, new Underline { Val = UnderlineValues.Single })));

        var border = new Func<BorderType>[]
        {
            () => new TopBorder(), () => new LeftBorder(), () => new BottomBorder(), () => new RightBorder(), () => new InsideHorizontalBorder(), () => new InsideVerticalBorder(),
        };
        var borders = new TableBorders(border.Select(make =>
        {
            var b = make();
            b.Val = BorderValues.Single;
            b.Size = 4;
            b.Space = 0;
            b.Color = "A6A6A6";
            return (OpenXmlElement)b;
        }));
        styles.Append(new Style(
            new StyleName { Val = "Minutes Table" },
            new BasedOn { Val = "TableNormal" },
            new UIPriority { Val = 59 },
            new PrimaryStyle(),
            new StyleTableProperties(
                borders,
                new TableCellMarginDefault(
                    new TopMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })),
            new TableStyleProperties(
                new StyleRunProperties(new Bold()),
                new TableStyleConditionalFormattingTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E7ECF3" }))
            { Type = TableStyleOverrideValues.FirstRow })
        { Type = StyleValues.Table, StyleId = "MinutesTable" });
        styles.Append(new Style(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
        return styles;
    }

    private static Style ParagraphStyle(string id, string name, string? basedOn, ParagraphProperties? paragraph = null, RunProperties? run = null, bool isDefault = false, string? next = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }
        if (next is not null)
        {
            style.Append(new NextParagraphStyle { Val = next });
        }
        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(new StyleParagraphProperties(paragraph.ChildElements.Select(e => e.CloneNode(true))));
        }
        if (run is not null)
        {
            style.Append(new StyleRunProperties(run.ChildElements.Select(e => e.CloneNode(true))));
        }
        return style;
    }

    private static Style CharacterStyle(string id, string name, RunProperties run) =>
        new(new StyleName { Val = name }, new UIPriority { Val = 99 }, new StyleRunProperties(run.ChildElements.Select(e => e.CloneNode(true))))
        {
            Type = StyleValues.Character,
            StyleId = id,
        };

    /// <summary>Drops the characters XML 1.0 does not allow (control characters but tab; newlines are broken into runs by the caller).</summary>
    internal static string Clean(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\0', '\u001f') < 0 && !text.Contains('\uFFFE') && !text.Contains('\uFFFF'))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if ((c >= ' ' || c == '\t') && c is not '\uFFFE' and not '\uFFFF')
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
