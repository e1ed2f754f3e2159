using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BoardRoom.Publishing.Diff;

/// <summary>
/// The text of a stored, published version as blocks, read back from the files kept at publication (the record itself
/// is not kept): the public HTML fragment (<c>HtmlRenderer</c> output, kept for every version) and the full Word
/// document (kept since Word export). Only the minutes' body is read: the running header, the confidential mark and the
/// hash footer say the same of every version.
/// </summary>
public static partial class PublishedText
{
    private static readonly HashSet<string> BlockTags =
    [
        "article", "section", "div", "p", "li", "ul", "ol", "table", "thead", "tbody", "tr", "caption", "pre", "blockquote", "dl", "hr",
        "h1", "h2", "h3", "h4", "h5", "h6",
    ];

    private static readonly HashSet<string> SkippedWordStyles = ["Confidential", "ContentHash", "Spacer", "Rule", "Header", "Footer"];

    /// <summary>Blocks of an HTML fragment written by BoardRoom's own <c>HtmlRenderer</c> (every text encoded, so tags are all that '&lt;' starts).</summary>
    public static IReadOnlyList<TextBlock> FromHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var blocks = new List<TextBlock>();
        var text = new StringBuilder();
        var skipping = 0;
        var position = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            if (skipping == 0)
            {
                text.Append(html, position, tag.Index - position);
            }
            position = tag.Index + tag.Length;
            var closing = tag.Groups["close"].Success;
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (name is "header" or "footer")
            {
                skipping += closing ? -1 : 1;
                skipping = Math.Max(skipping, 0);
                continue;
            }
            if (skipping > 0)
            {
                continue;
            }
            if (BlockTags.Contains(name))
            {
                Flush(blocks, text, isHeading: closing && name.Length == 2 && name[0] == 'h' && char.IsDigit(name[1]));
            }
            else if (closing && name is "td" or "th")
            {
                text.Append(" | ");
            }
            else if (closing && name == "dt")
            {
                text.Append(": ");
            }
            else if (name == "br")
            {
                text.Append(' ');
            }
        }
        if (skipping == 0)
        {
            text.Append(html, position, html.Length - position);
        }
        Flush(blocks, text, isHeading: false);
        return blocks;
    }

    /// <summary>Blocks of a Word document written by <c>WordRenderer</c>: its body's paragraphs, and each table row as one block.</summary>
    public static IReadOnlyList<TextBlock> FromDocx(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var stream = new MemoryStream(docx, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body;
        var blocks = new List<TextBlock>();
        if (body is null)
        {
            return blocks;
        }
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case W.Paragraph paragraph:
                    var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
                    if (!SkippedWordStyles.Contains(style))
                    {
                        Add(blocks, Text(paragraph), style.StartsWith("Heading", StringComparison.Ordinal));
                    }
                    break;
                case W.Table table:
                    foreach (var row in table.Elements<W.TableRow>())
                    {
                        Add(blocks, string.Join(" | ", row.Elements<W.TableCell>().Select(c => string.Join(" ", c.Elements<W.Paragraph>().Select(Text)))), false);
                    }
                    break;
            }
        }
        return blocks;
    }

    /// <summary>A paragraph's text with its line breaks and tabs as spaces (InnerText would run the words together).</summary>
    private static string Text(W.Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch
        {
            W.Text t => t.Text,
            W.Break or W.TabChar => " ",
            _ => "",
        }));

    private static void Flush(List<TextBlock> blocks, StringBuilder text, bool isHeading)
    {
        Add(blocks, WebUtility.HtmlDecode(text.ToString()), isHeading);
        text.Clear();
    }

    private static void Add(List<TextBlock> blocks, string raw, bool isHeading)
    {
        var text = Spaces().Replace(raw, " ").Trim().TrimEnd('|').TrimEnd();
        if (text.Length > 0)
        {
            blocks.Add(new TextBlock(text, isHeading));
        }
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9]*)[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
