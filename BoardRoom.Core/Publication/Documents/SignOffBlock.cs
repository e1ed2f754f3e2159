namespace BoardRoom.Core.Publication.Documents;

public sealed record SignOffBlock : Block
{
    public SignOffBlock(IEnumerable<SignOffEntry> entries) => Entries = ValueList<SignOffEntry>.From(entries);

    public IReadOnlyList<SignOffEntry> Entries { get; }
}
