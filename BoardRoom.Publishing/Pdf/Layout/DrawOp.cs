using SkiaSharp;

namespace BoardRoom.Publishing.Pdf.Layout;

/// <summary>
/// One drawing instruction, positioned relative to whatever holds it (a text line's baseline, a
/// box's top-left). Layout produces these once; drawing replays them, so a page can be laid out
/// before the total page count is known.
/// For text, (X, Y) is the baseline origin; for fills and links, (X, Y) is the top-left corner and
/// (X2, Y2) the size; for lines, (X, Y) to (X2, Y2).
/// </summary>
internal readonly record struct DrawOp(
    DrawOpKind Kind,
    float X,
    float Y,
    float X2,
    float Y2,
    string? Text,
    FontKind Font,
    float Size,
    SKColor Color)
{
    public static DrawOp TextRun(float x, float baseline, string text, FontKind font, float size, SKColor color) =>
        new(DrawOpKind.Text, x, baseline, 0, 0, text, font, size, color);

    public static DrawOp Fill(float x, float y, float width, float height, SKColor color) =>
        new(DrawOpKind.Fill, x, y, width, height, null, default, 0, color);

    public static DrawOp Line(float x1, float y1, float x2, float y2, float thickness, SKColor color) =>
        new(DrawOpKind.Line, x1, y1, x2, y2, null, default, thickness, color);

    public static DrawOp Link(float x, float y, float width, float height, string url) =>
        new(DrawOpKind.Link, x, y, width, height, url, default, 0, default);

    public DrawOp Offset(float dx, float dy) => Kind == DrawOpKind.Line
        ? this with { X = X + dx, Y = Y + dy, X2 = X2 + dx, Y2 = Y2 + dy }
        : this with { X = X + dx, Y = Y + dy };
}
