using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardRoom.Tests.Publishing;

/// <summary>Reads a .docx the way a word processor would: with the Open XML SDK, never by looking at bytes.</summary>
public static class WordTools
{
    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    /// <summary>The body's paragraphs (those in table cells included), each as its text with breaks as newlines.</summary>
    public static IReadOnlyList<string> Paragraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(Text).ToList();

    /// <summary>All the text of the body, header and footer, one paragraph a line.</summary>
    public static string AllText(byte[] docx)
    {
        using var document = Open(docx);
        var main = document.MainDocumentPart!;
        var lines = new List<string>();
        lines.AddRange(main.HeaderParts.SelectMany(h => h.Header!.Descendants<Paragraph>()).Select(Text));
        lines.AddRange(Paragraphs(document));
        lines.AddRange(main.FooterParts.SelectMany(f => f.Footer!.Descendants<Paragraph>()).Select(Text));
        return string.Join('\n', lines);
    }

    public static string Text(OpenXmlElement element)
    {
        var builder = new StringBuilder();
        foreach (var node in element.Descendants())
        {
            switch (node)
            {
                case Text text:
                    builder.Append(text.Text);
                    break;
                case Break:
                    builder.Append('\n');
                    break;
                case TabChar:
                    builder.Append('\t');
                    break;
            }
        }
        return builder.ToString();
    }

    public static Paragraph ParagraphWith(WordprocessingDocument document, string text) =>
        document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().First(p => Text(p).Contains(text, StringComparison.Ordinal));

    public static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    /// <summary>The schema errors the SDK's validator finds (Office 2019 rules), as readable lines.</summary>
    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var document = Open(docx);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }

    public static void AssertValid(byte[] docx)
    {
        var errors = ValidationErrors(docx);
        if (errors.Count > 0)
        {
            Assert.Fail(string.Join('\n', errors));
        }
    }

    /// <summary>The XML of the text-bearing parts, to compare two renderings of one model.</summary>
    public static string PartsXml(byte[] docx)
    {
        using var document = Open(docx);
        var main = document.MainDocumentPart!;
        return string.Join("\n", new OpenXmlPartRootElement?[]
        {
            main.Document, main.StyleDefinitionsPart?.Styles, main.NumberingDefinitionsPart?.Numbering,
        }.Concat(main.HeaderParts.Select(h => h.Header)).Concat(main.FooterParts.Select(f => f.Footer)).Select(r => r?.OuterXml))
            + "\n" + string.Join("\n", main.HyperlinkRelationships.Select(r => r.Id + " " + r.Uri));
    }
}
