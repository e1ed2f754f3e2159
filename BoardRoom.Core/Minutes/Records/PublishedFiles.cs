namespace BoardRoom.Core.Minutes.Records;

/// <summary>The rendered files of one publication and the hashes of the records they were rendered from.</summary>
public sealed record PublishedFiles(
    string PublicSha256,
    string FullSha256,
    string PublicHtml,
    ReadOnlyMemory<byte> PublicPdf,
    ReadOnlyMemory<byte> FullPdf,
    ReadOnlyMemory<byte> PublicDocx = default,
    ReadOnlyMemory<byte> FullDocx = default);
