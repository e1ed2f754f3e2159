using SkiaSharp;

namespace BoardRoom.Publishing.Pdf.Layout;

/// <summary>Page geometry, sizes and colours of the printed minutes, in PDF points (1/72 inch).</summary>
internal static class PdfStyle
{
    public const float PageWidth = 595.28f; // A4
    public const float PageHeight = 841.89f;
    public const float MarginLeft = 62f;
    public const float MarginRight = 62f;
    public const float ContentTop = 74f;
    public const float ContentBottom = PageHeight - 66f;
    public const float ContentWidth = PageWidth - MarginLeft - MarginRight;

    public const float HeaderBaseline = 42f;
    public const float HeaderRuleY = 52f;
    public const float FooterRuleY = PageHeight - 50f;
    public const float FooterBaseline = PageHeight - 36f;
    public const float HeaderFooterSize = 8f;

    public const float BodySize = 10f;
    public const float BodyLeading = 14f;
    public const float TableSize = 9f;
    public const float TableLeading = 12.5f;
    public const float CellPaddingX = 5f;
    public const float CellPaddingY = 3.5f;
    public const float CodeSize = 8.5f;
    public const float CodeLeading = 11.5f;
    public const float InlineCodeScale = 0.9f;

    public static readonly SKColor Text = new(0x1B, 0x1B, 0x1B);
    public static readonly SKColor Muted = new(0x55, 0x5B, 0x63);
    public static readonly SKColor Heading = new(0x12, 0x2E, 0x4D);
    public static readonly SKColor Link = new(0x14, 0x4F, 0x9E);
    public static readonly SKColor Rule = new(0xA0, 0xA8, 0xB2);
    public static readonly SKColor TableBorder = new(0x8A, 0x94, 0x9E);
    public static readonly SKColor HeaderFill = new(0xE4, 0xEA, 0xF1);
    public static readonly SKColor CodeFill = new(0xEE, 0xF0, 0xF3);
    public static readonly SKColor QuoteRule = new(0xB5, 0xC0, 0xCC);
    public static readonly SKColor Confidential = new(0xB0, 0x00, 0x20);
    public static readonly SKColor Watermark = new(0xB0, 0x00, 0x20, 0x1C);

    public static float HeadingSize(int level) => level switch { 1 => 18f, 2 => 14f, _ => 11.5f };

    public static float HeadingSpaceBefore(int level) => level switch { 1 => 18f, 2 => 16f, _ => 11f };
}
