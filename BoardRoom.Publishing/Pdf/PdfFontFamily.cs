namespace BoardRoom.Publishing.Pdf;

/// <summary>A font family the PDF renderer may use, and the Debian packages that install it (for error messages).</summary>
public sealed record PdfFontFamily(string Name, string AptPackages);
