namespace BoardRoom.Core.Minutes.Ot;

/// <summary>
/// One component of a <see cref="TextOperation"/>: keep <see cref="Length"/> characters, insert <see cref="Text"/>,
/// or delete <see cref="Length"/> characters. Lengths count UTF-16 code units.
/// </summary>
public readonly record struct OpComponent
{
    private OpComponent(OpComponentKind kind, int length, string text)
    {
        Kind = kind;
        Length = length;
        Text = text;
    }

    public OpComponentKind Kind { get; }

    /// <summary>Characters retained or deleted, or the length of the inserted text.</summary>
    public int Length { get; }

    /// <summary>The inserted text; empty for retain and delete.</summary>
    public string Text { get; }

    public bool IsRetain => Kind == OpComponentKind.Retain;

    public bool IsInsert => Kind == OpComponentKind.Insert;

    public bool IsDelete => Kind == OpComponentKind.Delete;

    internal static OpComponent Retain(int count) => new(OpComponentKind.Retain, count, string.Empty);

    internal static OpComponent Insert(string text) => new(OpComponentKind.Insert, text.Length, text);

    internal static OpComponent Delete(int count) => new(OpComponentKind.Delete, count, string.Empty);

    public override string ToString() => Kind switch
    {
        OpComponentKind.Retain => $"retain {Length}",
        OpComponentKind.Insert => $"insert \"{Text}\"",
        _ => $"delete {Length}",
    };
}
