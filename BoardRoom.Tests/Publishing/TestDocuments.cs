using BoardRoom.Publishing.Documents;

namespace BoardRoom.Tests.Publishing;

/// <summary>Small documents built for one behaviour each.</summary>
public static class TestDocuments
{
    public static readonly DocumentMetadata Metadata = new(
        Title: "Delivery Group minutes, Ŵyddgrug – 3 June 2025",
        Author: "Board Secretariat",
        Subject: "Minutes of the Delivery Group",
        Keywords: ["minutes", "rare diseases"],
        Created: new DateTimeOffset(2025, 6, 19, 9, 30, 0, TimeSpan.Zero),
        Modified: new DateTimeOffset(2025, 6, 20, 14, 0, 0, TimeSpan.Zero));

    public const string Hash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    public static PublishedDocument With(IEnumerable<Block> blocks, bool confidential = false) =>
        new(Metadata, "Test Board · Minutes version 2", Hash, blocks, confidential);

    /// <summary>A one-line paragraph that is easy to find in extracted text.</summary>
    public static ParagraphBlock Filler(int n) => new($"Filler paragraph number {n} with a few words.");
}
