namespace BoardRoom.Publishing.Documents;

public sealed record ParagraphBlock : Block
{
    public ParagraphBlock(IEnumerable<Inline> content) => Content = ValueList<Inline>.From(content);

    public ParagraphBlock(string text) : this([new TextInline(text)])
    {
    }

    public IReadOnlyList<Inline> Content { get; }
}
