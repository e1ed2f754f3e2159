using System.Text;
using BoardRoom.Publishing.Documents;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Inline = BoardRoom.Publishing.Documents.Inline;
using MdBlock = Markdig.Syntax.Block;
using MdCodeBlock = Markdig.Syntax.CodeBlock;
using MdHeadingBlock = Markdig.Syntax.HeadingBlock;
using MdLinkInline = Markdig.Syntax.Inlines.LinkInline;
using MdListBlock = Markdig.Syntax.ListBlock;
using MdParagraphBlock = Markdig.Syntax.ParagraphBlock;
using MdQuoteBlock = Markdig.Syntax.QuoteBlock;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using MdThematicBreakBlock = Markdig.Syntax.ThematicBreakBlock;

namespace BoardRoom.Publishing.Markdown;

/// <summary>
/// Turns the Markdown of a minutes section into document blocks. The renderers only ever see the
/// model, never Markdig's HTML, so nothing the author types can become markup: raw HTML is kept as
/// the literal text the author typed (HTML comments, used as private notes, are dropped), and links
/// or autolinks to anything but http, https and mailto keep their text and lose their target.
/// </summary>
public static class MarkdownBlockConverter
{
    // Pipe tables for decisions and actions; bare URLs become links. Nothing that produces markup
    // the model cannot express (footnotes, attributes, raw HTML) is enabled.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    public static IReadOnlyList<Documents.Block> Convert(string markdown, MarkdownConversionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var converter = new Converter(options ?? MarkdownConversionOptions.Default);
        return ValueList<Documents.Block>.From(converter.Blocks(document));
    }

    private sealed class Converter(MarkdownConversionOptions options)
    {
        public List<Documents.Block> Blocks(ContainerBlock container)
        {
            var blocks = new List<Documents.Block>();
            foreach (var child in container)
            {
                AddBlock(child, blocks);
            }
            return blocks;
        }

        private void AddBlock(MdBlock block, List<Documents.Block> into)
        {
            switch (block)
            {
                case MdHeadingBlock heading:
                    var level = Math.Clamp(heading.Level + options.HeadingLevelOffset, 1, 3);
                    into.Add(new Documents.HeadingBlock(level, Inlines(heading.Inline)));
                    break;
                case MdParagraphBlock paragraph:
                    var inlines = Inlines(paragraph.Inline);
                    if (inlines.Count > 0)
                    {
                        into.Add(new Documents.ParagraphBlock(inlines));
                    }
                    break;
                case MdTable table:
                    AddTable(table, into);
                    break;
                case MdListBlock list:
                    var items = list.OfType<ListItemBlock>().Select(item => new ListItem(Blocks(item))).ToList();
                    var start = list.IsOrdered && int.TryParse(list.OrderedStart, out var s) && s >= 0 ? s : 1;
                    into.Add(new Documents.ListBlock(list.IsOrdered, items, start));
                    break;
                case MdQuoteBlock quote:
                    into.Add(new Documents.QuoteBlock(Blocks(quote)));
                    break;
                case HtmlBlock html:
                    if (html.Type != HtmlBlockType.Comment)
                    {
                        var text = LinesText(html);
                        if (text.Length > 0)
                        {
                            into.Add(new Documents.ParagraphBlock(text));
                        }
                    }
                    break;
                case MdCodeBlock code:
                    into.Add(new Documents.CodeBlock(LinesText(code)));
                    break;
                case MdThematicBreakBlock:
                    into.Add(Documents.ThematicBreakBlock.Instance);
                    break;
                case ContainerBlock other:
                    // Containers from extensions we do not know: keep their content, lose their shape.
                    into.AddRange(Blocks(other));
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    into.Add(new Documents.ParagraphBlock(Inlines(leaf.Inline)));
                    break;
                default:
                    // Link reference definitions and blank lines carry no visible content.
                    break;
            }
        }

        private void AddTable(MdTable table, List<Documents.Block> into)
        {
            var rows = table.OfType<MdTableRow>().ToList();
            if (rows.Count == 0)
            {
                return;
            }
            var header = rows[0].IsHeader ? rows[0] : null;
            var columnCount = Math.Max(table.ColumnDefinitions.Count, rows.Max(r => r.Count));
            var columns = new List<TableColumn>(columnCount);
            for (var c = 0; c < columnCount; c++)
            {
                var definition = c < table.ColumnDefinitions.Count ? table.ColumnDefinitions[c] : null;
                var alignment = definition?.Alignment switch
                {
                    TableColumnAlign.Center => ColumnAlignment.Center,
                    TableColumnAlign.Right => ColumnAlignment.Right,
                    _ => ColumnAlignment.Left,
                };
                var headerCell = header is not null && c < header.Count ? CellInlines((MdTableCell)header[c]) : [];
                columns.Add(new TableColumn(headerCell, null, alignment));
            }
            var body = rows.Where(r => r != header)
                .Select(r => new Documents.TableRow(r.OfType<MdTableCell>().Take(columnCount).Select(cell => new Documents.TableCell(CellInlines(cell)))))
                .ToList();
            into.Add(new TableBlock(columns, body));
        }

        private List<Inline> CellInlines(MdTableCell cell)
        {
            var inlines = new List<Inline>();
            foreach (var child in cell)
            {
                if (child is LeafBlock { Inline: not null } leaf)
                {
                    if (inlines.Count > 0)
                    {
                        inlines.Add(Documents.LineBreakInline.Instance);
                    }
                    inlines.AddRange(Inlines(leaf.Inline));
                }
            }
            return inlines;
        }

        private static string LinesText(LeafBlock block)
        {
            var builder = new StringBuilder();
            var lines = block.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append('\n');
                }
                builder.Append(lines.Lines[i].Slice.AsSpan());
            }
            return builder.ToString().TrimEnd('\n');
        }

        private List<Inline> Inlines(ContainerInline? container)
        {
            var result = new List<Inline>();
            if (container is not null)
            {
                AddInlines(container, TextStyle.None, result);
            }
            return Merge(result);
        }

        private void AddInlines(ContainerInline container, TextStyle style, List<Inline> into)
        {
            foreach (var inline in container)
            {
                AddInline(inline, style, into);
            }
        }

        private void AddInline(Markdig.Syntax.Inlines.Inline inline, TextStyle style, List<Inline> into)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    into.Add(new TextInline(literal.Content.ToString(), style));
                    break;
                case EmphasisInline emphasis:
                    // Markdig nests ***x*** as two emphases; "~~" and others have no style here and pass through plain.
                    var added = emphasis.DelimiterChar is '*' or '_'
                        ? emphasis.DelimiterCount >= 2 ? TextStyle.Bold : TextStyle.Italic
                        : TextStyle.None;
                    AddInlines(emphasis, style | added, into);
                    break;
                case CodeInline code:
                    into.Add(new TextInline(code.Content, style | TextStyle.Code));
                    break;
                case Markdig.Syntax.Inlines.LineBreakInline:
                    // A single Enter is a new line, as in every editor people write minutes in (not Markdown's soft break,
                    // which joins the lines): the same in the preview, the forum's HTML and the PDF.
                    into.Add(Documents.LineBreakInline.Instance);
                    break;
                case AutolinkInline autolink:
                    var autoUrl = autolink.IsEmail && !autolink.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
                        ? "mailto:" + autolink.Url
                        : autolink.Url;
                    into.Add(Documents.LinkInline.IsAllowedUrl(autoUrl)
                        ? new Documents.LinkInline(autoUrl, [new TextInline(autolink.Url, style)])
                        : new TextInline(autolink.Url, style));
                    break;
                case MdLinkInline link when link.IsImage:
                    // Images are not published; their description stands in for them.
                    AddInlines(link, style, into);
                    break;
                case MdLinkInline link:
                    var content = new List<Inline>();
                    AddInlines(link, style, content);
                    var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
                    if (LinkIsAllowed(url))
                    {
                        into.Add(new Documents.LinkInline(url!, Merge(content)));
                    }
                    else
                    {
                        into.AddRange(content);
                    }
                    break;
                case HtmlInline html:
                    if (!html.Tag.StartsWith("<!--", StringComparison.Ordinal))
                    {
                        into.Add(new TextInline(html.Tag, style));
                    }
                    break;
                case HtmlEntityInline entity:
                    into.Add(new TextInline(entity.Transcoded.ToString(), style));
                    break;
                case ContainerInline other:
                    AddInlines(other, style, into);
                    break;
                default:
                    break;
            }
        }

        private static bool LinkIsAllowed(string? url) => Documents.LinkInline.IsAllowedUrl(url);

        /// <summary>Joins neighbouring runs of the same style, so "a" + "b" becomes "ab" as a reader would expect.</summary>
        private static List<Inline> Merge(List<Inline> inlines)
        {
            var merged = new List<Inline>(inlines.Count);
            foreach (var inline in inlines)
            {
                if (inline is TextInline { Text.Length: 0 })
                {
                    continue;
                }
                if (inline is TextInline text && merged.Count > 0 && merged[^1] is TextInline previous && previous.Style == text.Style)
                {
                    merged[^1] = previous with { Text = previous.Text + text.Text };
                }
                else
                {
                    merged.Add(inline);
                }
            }
            return merged;
        }
    }
}
