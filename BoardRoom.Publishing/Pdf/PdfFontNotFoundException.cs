namespace BoardRoom.Publishing.Pdf;

/// <summary>
/// No installed font family can render the minutes. Raised instead of letting the system fall back to
/// whatever face it finds, which may lack bold, italic or the glyphs of the text.
/// </summary>
public sealed class PdfFontNotFoundException : Exception
{
    public PdfFontNotFoundException(string message) : base(message)
    {
    }

    public PdfFontNotFoundException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public PdfFontNotFoundException()
    {
    }
}
