namespace BoardRoom.Publishing.Documents;

/// <summary>Preformatted text shown in a monospaced face, line breaks kept.</summary>
public sealed record CodeBlock(string Text) : Block
{
    public string Text { get; init; } = Text ?? throw new ArgumentNullException(nameof(Text));
}
