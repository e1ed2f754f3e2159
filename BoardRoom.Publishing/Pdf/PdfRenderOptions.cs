namespace BoardRoom.Publishing.Pdf;

/// <summary>
/// Font families tried in order. The first sans family that has all four faces (regular, bold,
/// italic, bold italic) is used for text; the first mono family with regular and bold for code.
/// Liberation comes first because its faces are a fifth of DejaVu's size, which keeps the PDF small
/// and rendering fast (Skia embeds whole fonts); DejaVu is the fallback.
/// </summary>
public sealed record PdfRenderOptions
{
    public static readonly PdfRenderOptions Default = new();

    public IReadOnlyList<PdfFontFamily> SansFamilies { get; init; } =
    [
        new("Liberation Sans", "fonts-liberation"),
        new("DejaVu Sans", "fonts-dejavu-core fonts-dejavu-extra"),
    ];

    public IReadOnlyList<PdfFontFamily> MonoFamilies { get; init; } =
    [
        new("Liberation Mono", "fonts-liberation"),
        new("DejaVu Sans Mono", "fonts-dejavu-core"),
    ];
}
