namespace BoardRoom.Publishing.Documents;

public sealed record TableCell
{
    public TableCell(IEnumerable<Inline> content) => Content = ValueList<Inline>.From(content);

    public TableCell(string text) : this(text.Length == 0 ? [] : [new TextInline(text)])
    {
    }

    public IReadOnlyList<Inline> Content { get; }

    public static implicit operator TableCell(string text) => new(text);
}
