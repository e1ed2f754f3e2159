namespace BoardRoom.Publishing.Documents;

public sealed record QuoteBlock : Block
{
    public QuoteBlock(IEnumerable<Block> blocks) => Blocks = ValueList<Block>.From(blocks);

    public IReadOnlyList<Block> Blocks { get; }
}
