namespace BoardRoom.Publishing.Documents;

/// <summary>A bulleted (unordered) or numbered (ordered, counting from <see cref="Start"/>) list.</summary>
public sealed record ListBlock : Block
{
    public ListBlock(bool ordered, IEnumerable<ListItem> items, int start = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        Ordered = ordered;
        Start = start;
        Items = ValueList<ListItem>.From(items);
    }

    public bool Ordered { get; }

    public int Start { get; }

    public IReadOnlyList<ListItem> Items { get; }
}
