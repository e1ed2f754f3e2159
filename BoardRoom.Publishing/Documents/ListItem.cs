namespace BoardRoom.Publishing.Documents;

/// <summary>One item of a list; it holds blocks so that items can carry paragraphs and nested lists.</summary>
public sealed record ListItem
{
    public ListItem(IEnumerable<Block> blocks) => Blocks = ValueList<Block>.From(blocks);

    public ListItem(string text) : this([new ParagraphBlock(text)])
    {
    }

    public IReadOnlyList<Block> Blocks { get; }
}
