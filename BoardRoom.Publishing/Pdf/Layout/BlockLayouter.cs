using System.Globalization;
using BoardRoom.Publishing.Documents;
using SkiaSharp;

namespace BoardRoom.Publishing.Pdf.Layout;

/// <summary>
/// Lays the blocks of a document out as a single column of boxes (lines, table-row bands, gaps),
/// ready for <see cref="Paginator"/>. Vertical gaps between blocks collapse (the larger wins) and are
/// dropped at the top of a page; quote rules and code shading are drawn on every box inside them
/// so they follow the content across page breaks.
/// </summary>
internal sealed class BlockLayouter(PdfFonts fonts, InlineLayouter inline)
{
    private static readonly string[] Bullets = ["•", "◦", "▪"];

    private readonly List<LayoutBox> _boxes = [];
    private readonly List<Decoration> _decorations = [];
    private float _pendingSpace;
    private Marker? _marker;

    private readonly record struct Decoration(bool IsRule, float X, float Width, SKColor Color);

    private sealed record Marker(string Text, float Right, float Size);

    public List<LayoutBox> Layout(IReadOnlyList<Block> blocks, float left, float width)
    {
        LayoutBlocks(blocks, left, width, listDepth: 0, tight: false);
        return _boxes;
    }

    private void LayoutBlocks(IReadOnlyList<Block> blocks, float left, float width, int listDepth, bool tight)
    {
        foreach (var block in blocks)
        {
            LayoutBlock(block, left, width, listDepth, tight);
        }
    }

    private void LayoutBlock(Block block, float left, float width, int listDepth, bool tight)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var size = PdfStyle.HeadingSize(heading.Level);
                Space(PdfStyle.HeadingSpaceBefore(heading.Level));
                EmitLines(inline.Layout(heading.Content, width, new(size, TextStyle.Bold, PdfStyle.Heading)), left, size, size * 1.3f, keepWithNext: true);
                Space(heading.Level == 1 ? 8 : 5);
                break;
            case ParagraphBlock paragraph:
                EmitLines(inline.Layout(paragraph.Content, width, new(PdfStyle.BodySize, TextStyle.None, PdfStyle.Text)), left, PdfStyle.BodySize, PdfStyle.BodyLeading);
                Space(tight ? 3 : 7);
                break;
            case ListBlock list:
                LayoutList(list, left, width, listDepth, tight);
                break;
            case QuoteBlock quote:
                Space(3);
                FlushSpace();
                _decorations.Add(new Decoration(IsRule: true, left + 1, 2.5f, PdfStyle.QuoteRule));
                LayoutBlocks(quote.Blocks, left + 14, width - 14, listDepth, tight);
                _decorations.RemoveAt(_decorations.Count - 1);
                Space(7);
                break;
            case CodeBlock code:
                LayoutCode(code, left, width);
                break;
            case ThematicBreakBlock:
                Space(6);
                var rule = new LayoutBox(10);
                rule.Ops.Add(DrawOp.Line(left, 5, left + width, 5, 0.75f, PdfStyle.Rule));
                Emit(rule);
                Space(6);
                break;
            case TableBlock table:
                var rows = table.Rows.Select(r => Enumerable.Range(0, table.Columns.Count)
                    .Select(c => new GridCell(c < r.Cells.Count ? r.Cells[c].Content : [], new(PdfStyle.TableSize, TextStyle.None, PdfStyle.Text, table.Columns[c].Alignment)))
                    .ToArray()).ToList();
                LayoutTable(table.Caption, table.Columns, rows, left, width);
                break;
            case KeyValueBlock keyValues:
                LayoutKeyValues(keyValues, left, width);
                break;
            case SignOffBlock signOff:
                LayoutSignOff(signOff, left, width);
                break;
        }
    }

    private void LayoutList(ListBlock list, float left, float width, int depth, bool tight)
    {
        Space(tight ? 1 : 2);
        var labels = list.Items.Select((_, i) => list.Ordered
            ? (list.Start + i).ToString(CultureInfo.InvariantCulture) + "."
            : Bullets[depth % Bullets.Length]).ToList();
        var widest = labels.Count == 0 ? 0 : labels.Max(l => fonts.Width(FontKind.Regular, PdfStyle.BodySize, l));
        var indent = Math.Max(16f, widest + 7f);
        for (var i = 0; i < list.Items.Count; i++)
        {
            if (i > 0)
            {
                Space(2);
            }
            _marker = new Marker(labels[i], left + indent - 5f, PdfStyle.BodySize);
            LayoutBlocks(list.Items[i].Blocks, left + indent, width - indent, depth + 1, tight: true);
            if (_marker is not null)
            {
                // An empty item still shows its bullet or number.
                Emit(new LayoutBox(PdfStyle.BodyLeading) { FirstBaseline = Baseline(PdfStyle.BodySize, PdfStyle.BodyLeading) });
            }
        }
        Space(tight ? 3 : 7);
    }

    private void LayoutCode(CodeBlock code, float left, float width)
    {
        const float padding = 5f;
        Space(4);
        FlushSpace();
        _decorations.Add(new Decoration(IsRule: false, left, width, PdfStyle.CodeFill));
        Emit(new LayoutBox(padding));
        var baseline = Baseline(PdfStyle.CodeSize, PdfStyle.CodeLeading);
        var available = width - 2 * padding;
        foreach (var sourceLine in code.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var text = sourceLine.Replace("\t", "    ", StringComparison.Ordinal).TrimEnd();
            text = new string(text.Where(c => !char.IsControl(c)).ToArray());
            do
            {
                var fit = FitCount(text, FontKind.Mono, PdfStyle.CodeSize, available);
                var box = new LayoutBox(PdfStyle.CodeLeading) { FirstBaseline = baseline };
                if (fit > 0)
                {
                    box.Ops.Add(DrawOp.TextRun(left + padding, baseline, text[..fit], FontKind.Mono, PdfStyle.CodeSize, PdfStyle.Text));
                }
                Emit(box);
                text = text[fit..];
            }
            while (text.Length > 0);
        }
        Emit(new LayoutBox(padding));
        _decorations.RemoveAt(_decorations.Count - 1);
        Space(8);
    }

    private int FitCount(string text, FontKind kind, float size, float available)
    {
        var used = 0f;
        var i = 0;
        while (i < text.Length)
        {
            var step = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            used += fonts.Width(kind, size, text.AsSpan(i, step));
            if (used > available)
            {
                break;
            }
            i += step;
        }
        // Always make progress, even in a column too narrow for one character.
        return i == 0 && text.Length > 0 ? (char.IsHighSurrogate(text[0]) && text.Length > 1 ? 2 : 1) : i;
    }

    private void LayoutKeyValues(KeyValueBlock block, float left, float width)
    {
        if (block.Entries.Count == 0)
        {
            return;
        }
        Space(4);
        var labelOptions = new InlineLayouter.TextOptions(PdfStyle.BodySize, TextStyle.Bold, PdfStyle.Muted);
        var valueOptions = new InlineLayouter.TextOptions(PdfStyle.BodySize, TextStyle.None, PdfStyle.Text);
        var widestLabel = block.Entries.Max(e => fonts.Width(FontKind.Bold, PdfStyle.BodySize, e.Label));
        var labelWidth = Math.Min(widestLabel + 14f, width * 0.32f);
        float[] widths = [labelWidth, width - labelWidth];
        var frame = new TableFrame(left, left + width) { Bordered = false };
        foreach (var entry in block.Entries)
        {
            GridCell[] cells =
            [
                new([new TextInline(entry.Label)], labelOptions),
                new([new TextInline(entry.Value)], valueOptions),
            ];
            LayoutGridRow(frame, cells, widths, PdfStyle.BodyLeading, paddingX: 0f, paddingY: 1.5f, header: false, last: false);
        }
        Space(10);
    }

    private void LayoutSignOff(SignOffBlock block, float left, float width)
    {
        if (block.Entries.Count == 0)
        {
            return;
        }
        var text = new InlineLayouter.TextOptions(PdfStyle.TableSize, TextStyle.None, PdfStyle.Text);
        var hash = text with { ShadeCode = false };
        TableColumn[] columns =
        [
            new("Signed by", 2.4f),
            new("Role", 2.5f),
            new(block.TimeHeading, 2.35f),
            new("SHA-256 of approved text", 4.75f),
        ];
        var rows = block.Entries.Select(e => new GridCell[]
        {
            new([new TextInline(e.Name, TextStyle.Bold)], text),
            new([new TextInline(e.Role)], text),
            new([new TextInline(block.SignedAtText(e))], text),
            new([new TextInline(e.Sha256, TextStyle.Code)], hash),
        }).ToList();
        LayoutTable("Sign-off", columns, rows, left, width);
    }

    private void LayoutTable(string? caption, IReadOnlyList<TableColumn> columns, List<GridCell[]> rows, float left, float width)
    {
        Space(6);
        if (caption is not null)
        {
            EmitLines(inline.Layout([new TextInline(caption)], width, new(PdfStyle.TableSize + 0.5f, TextStyle.Bold, PdfStyle.Heading)), left, PdfStyle.TableSize + 0.5f, PdfStyle.TableLeading + 2f, keepWithNext: true);
        }
        var header = columns.Select(c => new GridCell(c.Header, new(PdfStyle.TableSize, TextStyle.Bold, PdfStyle.Text, c.Alignment))).ToArray();
        var widths = ColumnWidths(columns, header, rows, width);
        var frame = new TableFrame(left, left + width);
        frame.HeaderBoxes.AddRange(LayoutGridRow(frame, header, widths, PdfStyle.TableLeading, PdfStyle.CellPaddingX, PdfStyle.CellPaddingY, header: true, last: rows.Count == 0));
        List<LayoutBox>? previousRow = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = LayoutGridRow(frame, rows[i], widths, PdfStyle.TableLeading, PdfStyle.CellPaddingX, PdfStyle.CellPaddingY, header: false, last: i == rows.Count - 1);
            if (i == rows.Count - 1 && previousRow is not null)
            {
                // The last row does not go over a page alone: it takes the row before it along.
                previousRow[0].KeepFollowing = previousRow.Count - 1 + row.Count;
            }
            previousRow = row;
        }
        Space(10);
    }

    /// <summary>
    /// Column widths: from the weights when every column has one; otherwise from the content, each
    /// column getting at least its widest word (capped, since long words can break) and the rest
    /// shared in proportion to how much more each column would like.
    /// </summary>
    private float[] ColumnWidths(IReadOnlyList<TableColumn> columns, GridCell[] header, List<GridCell[]> rows, float width)
    {
        var n = columns.Count;
        if (columns.All(c => c.Weight is not null))
        {
            var total = columns.Sum(c => c.Weight!.Value);
            return columns.Select(c => width * c.Weight!.Value / total).ToArray();
        }
        var min = new float[n];
        var max = new float[n];
        var padding = 2 * PdfStyle.CellPaddingX + 1f;
        for (var c = 0; c < n; c++)
        {
            foreach (var cell in rows.Select(r => r[c]).Prepend(header[c]))
            {
                var (cellMin, cellMax) = inline.MeasureExtent(cell.Content, cell.Options.Size, cell.Options.BaseStyle);
                min[c] = Math.Max(min[c], Math.Min(cellMin + padding, width * 0.3f));
                max[c] = Math.Max(max[c], cellMax + padding);
            }
            max[c] = Math.Max(max[c], min[c]);
        }
        var sumMax = max.Sum();
        var sumMin = min.Sum();
        if (sumMax <= width)
        {
            return max.Select(m => m + (width - sumMax) * m / sumMax).ToArray();
        }
        if (sumMin >= width)
        {
            return min.Select(m => m * width / sumMin).ToArray();
        }
        var flexible = sumMax - sumMin;
        return Enumerable.Range(0, n).Select(c => min[c] + (width - sumMin) * (max[c] - min[c]) / flexible).ToArray();
    }

    /// <summary>
    /// A table row as bands one text line tall, so that a row taller than a page can be split
    /// between lines; the first band carries the row's height so pagination keeps short rows whole.
    /// </summary>
    private List<LayoutBox> LayoutGridRow(TableFrame frame, GridCell[] cells, float[] widths, float leading, float paddingX, float paddingY, bool header, bool last)
    {
        var xs = new float[widths.Length + 1];
        xs[0] = frame.Left;
        for (var i = 0; i < widths.Length; i++)
        {
            xs[i + 1] = xs[i] + widths[i];
        }
        xs[^1] = frame.Right;
        var cellLines = new List<TextLine>[cells.Length];
        var bands = 1;
        for (var i = 0; i < cells.Length; i++)
        {
            cellLines[i] = inline.Layout(cells[i].Content, widths[i] - 2 * paddingX, cells[i].Options);
            bands = Math.Max(bands, cellLines[i].Count);
        }
        var baseline = Baseline(cells.Length > 0 ? cells[0].Options.Size : PdfStyle.TableSize, leading);
        var rowHeight = bands * leading + 2 * paddingY;
        var boxes = new List<LayoutBox>(bands);
        for (var j = 0; j < bands; j++)
        {
            var top = j == 0 ? paddingY : 0f;
            var height = leading + top + (j == bands - 1 ? paddingY : 0f);
            var box = new LayoutBox(height)
            {
                Table = frame,
                IsTableHeader = header,
                KeepWithNext = header,
                FirstBaseline = top + baseline,
                GroupHeight = j == 0 && bands > 1 ? rowHeight : 0f,
            };
            if (header)
            {
                box.Ops.Add(DrawOp.Fill(frame.Left, 0, frame.Right - frame.Left, height, PdfStyle.HeaderFill));
            }
            for (var i = 0; i < cells.Length; i++)
            {
                if (j < cellLines[i].Count)
                {
                    foreach (var op in cellLines[i][j].Ops)
                    {
                        box.Ops.Add(op.Offset(xs[i] + paddingX, top + baseline));
                    }
                }
            }
            if (frame.Bordered)
            {
                foreach (var x in xs)
                {
                    box.Ops.Add(DrawOp.Line(x, 0, x, height, 0.6f, PdfStyle.TableBorder));
                }
                if (j == 0)
                {
                    box.Ops.Add(DrawOp.Line(frame.Left, 0, frame.Right, 0, 0.6f, PdfStyle.TableBorder));
                }
                if (last && j == bands - 1)
                {
                    box.Ops.Add(DrawOp.Line(frame.Left, height, frame.Right, height, 0.6f, PdfStyle.TableBorder));
                }
            }
            Emit(box);
            boxes.Add(box);
        }
        return boxes;
    }

    private void EmitLines(List<TextLine> lines, float left, float size, float leading, bool keepWithNext = false)
    {
        var baseline = Baseline(size, leading);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var box = new LayoutBox(leading)
            {
                FirstBaseline = baseline,
                KeepWithNext = keepWithNext,
                // No orphan (first line keeps the second) and no widow (second-to-last keeps the last).
                // A three-line paragraph has no break that leaves two lines on each side: keep it whole.
                KeepFollowing = lines.Count switch
                {
                    3 when i == 0 => 2,
                    >= 2 when i == 0 || i == lines.Count - 2 => 1,
                    _ => 0,
                },
            };
            foreach (var op in line.Ops)
            {
                box.Ops.Add(op.Offset(left, baseline));
            }
            Emit(box);
        }
    }

    /// <summary>Where the baseline sits in a line box: the font's ascent-to-descent centred in the leading.</summary>
    private float Baseline(float size, float leading)
    {
        var metrics = fonts.Metrics(FontKind.Regular, size);
        var ascent = -metrics.Ascent;
        return (leading - (ascent + metrics.Descent)) / 2 + ascent;
    }

    private void Space(float height) => _pendingSpace = Math.Max(_pendingSpace, height);

    private void FlushSpace()
    {
        if (_pendingSpace > 0 && _boxes.Count > 0)
        {
            var spacer = new LayoutBox(_pendingSpace) { IsSpacer = true };
            Decorate(spacer);
            _boxes.Add(spacer);
        }
        _pendingSpace = 0;
    }

    private void Emit(LayoutBox box)
    {
        FlushSpace();
        Decorate(box);
        // The marker goes on the item's first line of text, not on padding above a code block.
        if (_marker is { } marker && box.FirstBaseline > 0)
        {
            var markerWidth = fonts.Width(FontKind.Regular, marker.Size, marker.Text);
            box.Ops.Add(DrawOp.TextRun(marker.Right - markerWidth, box.FirstBaseline, marker.Text, FontKind.Regular, marker.Size, PdfStyle.Text));
            _marker = null;
        }
        _boxes.Add(box);
    }

    private void Decorate(LayoutBox box)
    {
        foreach (var decoration in _decorations)
        {
            if (decoration.IsRule)
            {
                box.Ops.Add(DrawOp.Fill(decoration.X, 0, decoration.Width, box.Height, decoration.Color));
            }
            else
            {
                // Backgrounds go under the text already in the box.
                box.Ops.Insert(0, DrawOp.Fill(decoration.X, 0, decoration.Width, box.Height, decoration.Color));
            }
        }
    }
}
