using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using BoardRoom.Publishing.Documents;

namespace BoardRoom.Publishing.Html;

/// <summary>
/// Renders a <see cref="PublishedDocument"/> as a semantic HTML fragment (an &lt;article&gt;) for the
/// public forum page, which is the accessible version of the minutes (the PDF is untagged).
/// Everything from the model is encoded; the only markup is what this class writes, so user
/// Markdown cannot inject any. Output is well-formed XML as well as HTML (void elements self-close),
/// has no inline script or style, and uses classes only, for the page's stylesheet.
/// </summary>
public sealed class HtmlRenderer(HtmlRenderOptions? options = null)
{
    // Encodes markup-significant characters but leaves letters of every script readable
    // (Welsh and Irish names, typographic quotes) rather than as numeric references.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly HtmlRenderOptions _options = options ?? HtmlRenderOptions.Default;

    public string Render(PublishedDocument document)
    {
        var builder = new StringBuilder(4096);
        using (var writer = new StringWriter(builder, CultureInfo.InvariantCulture))
        {
            Render(document, writer);
        }
        return builder.ToString();
    }

    public void Render(PublishedDocument document, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        var w = new Writer(writer, _options);
        w.Document(document);
    }

    private sealed class Writer(TextWriter output, HtmlRenderOptions options)
    {
        public void Document(PublishedDocument document)
        {
            output.Write("<article class=\"minutes\">\n");
            if (document.HeaderText.Length > 0 || document.Confidential)
            {
                output.Write("<header class=\"minutes-header\">\n");
                if (document.HeaderText.Length > 0)
                {
                    output.Write("<p class=\"minutes-running-header\">");
                    Text(document.HeaderText);
                    output.Write("</p>\n");
                }
                if (document.Confidential)
                {
                    output.Write("<p class=\"minutes-confidential\"><strong>CONFIDENTIAL</strong></p>\n");
                }
                output.Write("</header>\n");
            }
            Blocks(document.Blocks);
            if (document.ContentHash.Length > 0)
            {
                output.Write("<footer class=\"minutes-footer\">\n<p>Content SHA-256: <code class=\"minutes-hash\">");
                Text(document.ContentHash);
                output.Write("</code></p>\n</footer>\n");
            }
            output.Write("</article>\n");
        }

        private void Blocks(IReadOnlyList<Block> blocks)
        {
            foreach (var block in blocks)
            {
                Block(block);
            }
        }

        private void Block(Block block)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var level = Math.Clamp(heading.Level + options.HeadingLevelOffset, 1, 6).ToString(CultureInfo.InvariantCulture);
                    output.Write("<h" + level + ">");
                    Inlines(heading.Content);
                    output.Write("</h" + level + ">\n");
                    break;
                case ParagraphBlock paragraph:
                    output.Write("<p>");
                    Inlines(paragraph.Content);
                    output.Write("</p>\n");
                    break;
                case ListBlock list:
                    List(list);
                    break;
                case QuoteBlock quote:
                    output.Write("<blockquote>\n");
                    Blocks(quote.Blocks);
                    output.Write("</blockquote>\n");
                    break;
                case TableBlock table:
                    Table(table);
                    break;
                case CodeBlock code:
                    // Focusable so that keyboard users can scroll a wide block the page styles with overflow.
                    output.Write("<pre class=\"minutes-code\" tabindex=\"0\"><code>");
                    Text(code.Text);
                    output.Write("</code></pre>\n");
                    break;
                case ThematicBreakBlock:
                    output.Write("<hr />\n");
                    break;
                case KeyValueBlock keyValues:
                    KeyValues(keyValues);
                    break;
                case SignOffBlock signOff:
                    SignOff(signOff);
                    break;
            }
        }

        private void List(ListBlock list)
        {
            if (list.Ordered)
            {
                output.Write(list.Start == 1 ? "<ol>\n" : $"<ol start=\"{list.Start.ToString(CultureInfo.InvariantCulture)}\">\n");
            }
            else
            {
                output.Write("<ul>\n");
            }
            foreach (var item in list.Items)
            {
                output.Write("<li>");
                // A tight item (one paragraph, possibly followed by a nested list) reads better without <p>.
                var blocks = item.Blocks;
                var start = 0;
                if (blocks.Count > 0 && blocks[0] is ParagraphBlock first && blocks.Skip(1).All(b => b is ListBlock))
                {
                    Inlines(first.Content);
                    start = 1;
                    if (blocks.Count > 1)
                    {
                        output.Write('\n');
                    }
                }
                for (var i = start; i < blocks.Count; i++)
                {
                    Block(blocks[i]);
                }
                output.Write("</li>\n");
            }
            output.Write(list.Ordered ? "</ol>\n" : "</ul>\n");
        }

        private void Table(TableBlock table)
        {
            output.Write("<table class=\"minutes-table\">\n");
            if (table.Caption is not null)
            {
                output.Write("<caption>");
                Text(table.Caption);
                output.Write("</caption>\n");
            }
            output.Write("<thead>\n<tr>");
            foreach (var column in table.Columns)
            {
                if (column.Header.Count == 0)
                {
                    // An empty <th> would announce a nameless header; a data cell says nothing.
                    output.Write("<td></td>");
                    continue;
                }
                output.Write("<th scope=\"col\"" + CellClass(column) + ">");
                Inlines(column.Header);
                output.Write("</th>");
            }
            output.Write("</tr>\n</thead>\n<tbody>\n");
            // Each cell names its column, so that on a phone, where the rows stack as cards, a value keeps its label.
            var labels = table.Columns.Select(c => Label(Inline.PlainText(c.Header))).ToList();
            foreach (var row in table.Rows)
            {
                output.Write("<tr>");
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    output.Write("<td" + CellClass(table.Columns[c]) + labels[c] + ">");
                    if (c < row.Cells.Count)
                    {
                        Inlines(row.Cells[c].Content);
                    }
                    output.Write("</td>");
                }
                output.Write("</tr>\n");
            }
            output.Write("</tbody>\n</table>\n");
        }

        private static string Label(string header) =>
            header.Length == 0 ? string.Empty : " data-label=\"" + Encoder.Encode(header) + "\"";

        private static string CellClass(TableColumn column)
        {
            var names = new List<string>(2);
            if (column.Alignment == ColumnAlignment.Center)
            {
                names.Add("align-center");
            }
            else if (column.Alignment == ColumnAlignment.Right)
            {
                names.Add("align-right");
            }
            if (column.NoWrap)
            {
                names.Add("nowrap");
            }
            return names.Count == 0 ? string.Empty : " class=\"" + string.Join(' ', names) + "\"";
        }

        private void KeyValues(KeyValueBlock block)
        {
            if (block.Entries.Count == 0)
            {
                return;
            }
            output.Write("<dl class=\"minutes-meta\">\n");
            foreach (var entry in block.Entries)
            {
                output.Write("<div><dt>");
                Text(entry.Label);
                output.Write("</dt><dd>");
                Text(entry.Value);
                output.Write("</dd></div>\n");
            }
            output.Write("</dl>\n");
        }

        private void SignOff(SignOffBlock block)
        {
            if (block.Entries.Count == 0)
            {
                return;
            }
            output.Write("<table class=\"minutes-table minutes-signoff\">\n<caption>Sign-off</caption>\n");
            output.Write("<thead>\n<tr><th scope=\"col\">Signed by</th><th scope=\"col\">Role</th><th scope=\"col\">");
            Text(block.TimeHeading);
            output.Write("</th><th scope=\"col\">SHA-256 of approved text</th></tr>\n</thead>\n<tbody>\n");
            foreach (var entry in block.Entries)
            {
                var utc = entry.SignedAt.UtcDateTime;
                output.Write("<tr><td data-label=\"Signed by\">");
                Text(entry.Name);
                output.Write("</td><td data-label=\"Role\">");
                Text(entry.Role);
                output.Write("</td><td" + Label(block.TimeHeading) + "><time datetime=\"" + utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + "\">");
                Text(block.SignedAtText(entry));
                output.Write("</time></td><td data-label=\"SHA-256 of approved text\"><code class=\"minutes-hash\">");
                Text(entry.Sha256);
                output.Write("</code></td></tr>\n");
            }
            output.Write("</tbody>\n</table>\n");
        }

        private void Inlines(IReadOnlyList<Inline> inlines)
        {
            foreach (var inline in inlines)
            {
                switch (inline)
                {
                    case TextInline text:
                        StyledText(text);
                        break;
                    case LinkInline link:
                        output.Write("<a href=\"");
                        Text(link.Url);
                        output.Write("\" rel=\"nofollow noopener\">");
                        Inlines(link.Content);
                        output.Write("</a>");
                        break;
                    case LineBreakInline:
                        output.Write("<br />");
                        break;
                }
            }
        }

        private void StyledText(TextInline text)
        {
            var style = text.Style;
            if (style.HasFlag(TextStyle.Bold))
            {
                output.Write("<strong>");
            }
            if (style.HasFlag(TextStyle.Italic))
            {
                output.Write("<em>");
            }
            if (style.HasFlag(TextStyle.Code))
            {
                output.Write("<code>");
            }
            Text(text.Text);
            if (style.HasFlag(TextStyle.Code))
            {
                output.Write("</code>");
            }
            if (style.HasFlag(TextStyle.Italic))
            {
                output.Write("</em>");
            }
            if (style.HasFlag(TextStyle.Bold))
            {
                output.Write("</strong>");
            }
        }

        private void Text(string text)
        {
            if (text.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0)
            {
                // Control characters are not allowed in HTML text (nor as references); keep line breaks and tabs.
                text = new string(text.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray());
            }
            Encoder.Encode(output, text);
        }
    }
}
