namespace BoardRoom.Core.Minutes.Records;

/// <summary>
/// The files of one publication, kept apart from its description so that reading a meeting's versions does not
/// read every file: the public PDF, Word document and HTML exactly as the forum serves them, and the full
/// (confidential) PDF and Word document.
/// Immutable, like the publication it belongs to.
/// </summary>
public sealed class PublicationContent
{
    private PublicationContent()
    {
        PublicHtml = string.Empty;
        PublicPdf = [];
        FullPdf = [];
        PublicDocx = [];
        FullDocx = [];
    }

    internal PublicationContent(Guid publicationId, PublishedFiles files)
    {
        PublicationId = publicationId;
        PublicHtml = files.PublicHtml;
        PublicPdf = files.PublicPdf.ToArray();
        FullPdf = files.FullPdf.ToArray();
        PublicDocx = files.PublicDocx.ToArray();
        FullDocx = files.FullDocx.ToArray();
    }

    public Guid PublicationId { get; private set; }

    /// <summary>The HTML fragment of the public version (HtmlRenderer output), served inside the forum page.</summary>
    public string PublicHtml { get; private set; }

    public byte[] PublicPdf { get; private set; }

    public byte[] FullPdf { get; private set; }

    /// <summary>The public version as a Word document (WordRenderer output); empty for versions published before Word files were made.</summary>
    public byte[] PublicDocx { get; private set; }

    /// <summary>The full version as a Word document; empty for versions published before Word files were made.</summary>
    public byte[] FullDocx { get; private set; }
}
