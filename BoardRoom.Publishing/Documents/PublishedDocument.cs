namespace BoardRoom.Publishing.Documents;

/// <summary>
/// The immutable content of one publication of signed-off minutes, ready to render as PDF or HTML.
/// <see cref="HeaderText"/> runs across the top of every PDF page (e.g. board name and minutes
/// version); <see cref="ContentHash"/> is printed in every footer so a printout can be matched to
/// the signed text; <see cref="Confidential"/> marks every page of a full (unpublished) version.
/// </summary>
public sealed record PublishedDocument
{
    public PublishedDocument(DocumentMetadata metadata, string headerText, string contentHash, IEnumerable<Block> blocks, bool confidential = false)
    {
        Metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
        HeaderText = headerText ?? "";
        ContentHash = contentHash ?? "";
        Blocks = ValueList<Block>.From(blocks);
        Confidential = confidential;
    }

    public DocumentMetadata Metadata { get; }

    public string HeaderText { get; }

    public string ContentHash { get; }

    public IReadOnlyList<Block> Blocks { get; }

    public bool Confidential { get; }
}
