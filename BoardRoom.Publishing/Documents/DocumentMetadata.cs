namespace BoardRoom.Publishing.Documents;

/// <summary>What the PDF's information dictionary (and the HTML page's meta) says about the document.</summary>
public sealed record DocumentMetadata(
    string Title,
    string Author,
    string Subject,
    IReadOnlyList<string> Keywords,
    DateTimeOffset Created,
    DateTimeOffset Modified)
{
    public IReadOnlyList<string> Keywords { get; init; } = ValueList<string>.From(Keywords);
}
