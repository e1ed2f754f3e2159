namespace BoardRoom.Core.Minutes.Records;

/// <summary>
/// The files of one publication, kept apart from its description so that reading a meeting's versions does not
/// read every PDF: the public PDF and HTML exactly as the forum serves them, and the full (confidential) PDF.
/// Immutable, like the publication it belongs to.
/// </summary>
public sealed class PublicationContent
{
    private PublicationContent()
    {
        PublicHtml = string.Empty;
        PublicPdf = [];
        FullPdf = [];
    }

    internal PublicationContent(Guid publicationId, PublishedFiles files)
    {
        PublicationId = publicationId;
        PublicHtml = files.PublicHtml;
        PublicPdf = files.PublicPdf.ToArray();
        FullPdf = files.FullPdf.ToArray();
    }

    public Guid PublicationId { get; private set; }

    /// <summary>The HTML fragment of the public version (HtmlRenderer output), served inside the forum page.</summary>
    public string PublicHtml { get; private set; }

    public byte[] PublicPdf { get; private set; }

    public byte[] FullPdf { get; private set; }
}
