namespace BoardRoom.Publishing.Documents;

/// <summary>Label/value pairs such as a meeting's date, time, venue and co-chairs.</summary>
public sealed record KeyValueBlock : Block
{
    public KeyValueBlock(IEnumerable<KeyValueEntry> entries) => Entries = ValueList<KeyValueEntry>.From(entries);

    public IReadOnlyList<KeyValueEntry> Entries { get; }
}
