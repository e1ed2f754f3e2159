namespace BoardRoom.Publishing.Documents;

/// <summary>A heading of level 1 (document title) to 3 (sub-section of an agenda item).</summary>
public sealed record HeadingBlock : Block
{
    public HeadingBlock(int level, IEnumerable<Inline> content)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        Level = level;
        Content = ValueList<Inline>.From(content);
    }

    public HeadingBlock(int level, string text) : this(level, [new TextInline(text)])
    {
    }

    public int Level { get; }

    public IReadOnlyList<Inline> Content { get; }
}
