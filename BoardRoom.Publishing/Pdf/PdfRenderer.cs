using System.Globalization;
using BoardRoom.Publishing.Documents;
using BoardRoom.Publishing.Pdf.Layout;
using SkiaSharp;

namespace BoardRoom.Publishing.Pdf;

/// <summary>
/// Renders a <see cref="PublishedDocument"/> to an A4 PDF with SkiaSharp's PDF backend: running
/// header (and CONFIDENTIAL mark), footer with the content hash and "Page X of Y", and the blocks
/// laid out by our own line breaking and pagination. Output is deterministic: the same document
/// gives the same bytes. Create one renderer and reuse it (it caches fonts and glyph widths);
/// <see cref="Render(PublishedDocument, Stream)"/> may be called from several threads at once.
/// </summary>
public sealed class PdfRenderer : IDisposable
{
    private const string ConfidentialText = "CONFIDENTIAL";

    private readonly PdfFonts _fonts;
    private readonly InlineLayouter _inline;
    private readonly Lazy<SKPath> _watermark;

    /// <exception cref="PdfFontNotFoundException">No installed family can render the minutes.</exception>
    public PdfRenderer(PdfRenderOptions? options = null)
    {
        _fonts = new PdfFonts(options ?? PdfRenderOptions.Default, SKFontManager.Default);
        _inline = new InlineLayouter(_fonts);
        _watermark = new Lazy<SKPath>(CreateWatermark);
    }

    /// <summary>The family used for text, e.g. "Liberation Sans".</summary>
    public string SansFamily => _fonts.SansFamily;

    /// <summary>The family used for code and hashes, e.g. "Liberation Mono".</summary>
    public string MonoFamily => _fonts.MonoFamily;

    /// <summary>Writes the PDF to <paramref name="output"/> and returns the number of pages.</summary>
    public int Render(PublishedDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var boxes = new BlockLayouter(_fonts, _inline).Layout(document.Blocks, PdfStyle.MarginLeft, PdfStyle.ContentWidth);
        var pages = Paginator.Paginate(boxes, PdfStyle.ContentTop, PdfStyle.ContentBottom);

        using var pdf = SKDocument.CreatePdf(output, Metadata(document.Metadata))
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document.");
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Butt };
        var footerHash = ShortHash(document.ContentHash);
        for (var p = 0; p < pages.Count; p++)
        {
            var canvas = pdf.BeginPage(PdfStyle.PageWidth, PdfStyle.PageHeight);
            if (document.Confidential)
            {
                fill.Color = PdfStyle.Watermark;
                canvas.DrawPath(_watermark.Value, fill);
            }
            DrawHeaderAndFooter(canvas, document, footerHash, p + 1, pages.Count, fill, stroke);
            foreach (var (box, top) in pages[p].Placed)
            {
                foreach (var op in box.Ops)
                {
                    Draw(canvas, op, top, fill, stroke);
                }
            }
            foreach (var op in pages[p].Extra)
            {
                Draw(canvas, op, 0, fill, stroke);
            }
            pdf.EndPage();
        }
        pdf.Close();
        return pages.Count;
    }

    public byte[] Render(PublishedDocument document)
    {
        using var stream = new MemoryStream();
        Render(document, stream);
        return stream.ToArray();
    }

    public void Dispose()
    {
        if (_watermark.IsValueCreated)
        {
            _watermark.Value.Dispose();
        }
        _fonts.Dispose();
    }

    private void Draw(SKCanvas canvas, DrawOp op, float top, SKPaint fill, SKPaint stroke)
    {
        switch (op.Kind)
        {
            case DrawOpKind.Text:
                fill.Color = op.Color;
                canvas.DrawText(op.Text!, op.X, top + op.Y, SKTextAlign.Left, _fonts.Font(op.Font, op.Size), fill);
                break;
            case DrawOpKind.Fill:
                fill.Color = op.Color;
                canvas.DrawRect(op.X, top + op.Y, op.X2, op.Y2, fill);
                break;
            case DrawOpKind.Line:
                stroke.Color = op.Color;
                stroke.StrokeWidth = op.Size;
                canvas.DrawLine(op.X, top + op.Y, op.X2, top + op.Y2, stroke);
                break;
            case DrawOpKind.Link:
                canvas.DrawUrlAnnotation(SKRect.Create(op.X, top + op.Y, op.X2, op.Y2), op.Text!);
                break;
        }
    }

    private void DrawHeaderAndFooter(SKCanvas canvas, PublishedDocument document, string footerHash, int page, int pageCount, SKPaint fill, SKPaint stroke)
    {
        const float size = PdfStyle.HeaderFooterSize;
        var left = PdfStyle.MarginLeft;
        var right = PdfStyle.PageWidth - PdfStyle.MarginRight;
        var regular = _fonts.Font(FontKind.Regular, size);
        var bold = _fonts.Font(FontKind.Bold, size);

        var headerRoom = right - left;
        if (document.Confidential)
        {
            fill.Color = PdfStyle.Confidential;
            canvas.DrawText(ConfidentialText, right, PdfStyle.HeaderBaseline, SKTextAlign.Right, bold, fill);
            headerRoom -= _fonts.Width(FontKind.Bold, size, ConfidentialText) + 16f;
        }
        fill.Color = PdfStyle.Muted;
        canvas.DrawText(Truncate(document.HeaderText, FontKind.Regular, size, headerRoom), left, PdfStyle.HeaderBaseline, SKTextAlign.Left, regular, fill);

        stroke.Color = PdfStyle.Rule;
        stroke.StrokeWidth = 0.5f;
        canvas.DrawLine(left, PdfStyle.HeaderRuleY, right, PdfStyle.HeaderRuleY, stroke);
        canvas.DrawLine(left, PdfStyle.FooterRuleY, right, PdfStyle.FooterRuleY, stroke);

        fill.Color = PdfStyle.Muted;
        if (footerHash.Length > 0)
        {
            canvas.DrawText("Content SHA-256 " + footerHash, left, PdfStyle.FooterBaseline, SKTextAlign.Left, regular, fill);
        }
        var pageText = string.Create(CultureInfo.InvariantCulture, $"Page {page} of {pageCount}");
        canvas.DrawText(pageText, right, PdfStyle.FooterBaseline, SKTextAlign.Right, regular, fill);
    }

    private string Truncate(string text, FontKind kind, float size, float width)
    {
        if (_fonts.Width(kind, size, text) <= width)
        {
            return text;
        }
        var length = text.Length;
        while (length > 0 && _fonts.Width(kind, size, text.AsSpan(0, length)) + _fonts.Width(kind, size, "…") > width)
        {
            length--;
        }
        return text[..length].TrimEnd() + "…";
    }

    /// <summary>Enough of the hash to match a printout to the signed record; the full hash is in the sign-off block.</summary>
    private static string ShortHash(string hash) => hash.Length > 16 ? hash[..16] + "…" : hash;

    private static SKDocumentPdfMetadata Metadata(DocumentMetadata metadata)
    {
        var pdf = SKDocumentPdfMetadata.Default;
        pdf.Title = metadata.Title;
        pdf.Author = metadata.Author;
        pdf.Subject = metadata.Subject;
        pdf.Keywords = string.Join(", ", metadata.Keywords);
        pdf.Creator = "BoardRoom";
        pdf.Creation = metadata.Created.UtcDateTime;
        pdf.Modified = metadata.Modified.UtcDateTime;
        return pdf;
    }

    /// <summary>
    /// The diagonal mark of a confidential version, as outlines rather than text so that it neither
    /// interrupts the text a reader copies or searches nor confuses screen readers.
    /// </summary>
    private SKPath CreateWatermark()
    {
        const float size = 92f;
        var font = _fonts.Font(FontKind.Bold, size);
        var width = _fonts.Width(FontKind.Bold, size, ConfidentialText);
        var path = font.GetTextPath(ConfidentialText, new SKPoint(-width / 2, size * 0.35f));
        var matrix = SKMatrix.CreateRotationDegrees(-52f).PostConcat(SKMatrix.CreateTranslation(PdfStyle.PageWidth / 2, PdfStyle.PageHeight / 2));
        path.Transform(matrix);
        return path;
    }
}
