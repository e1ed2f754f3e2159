namespace BoardRoom.Publishing.Documents;

/// <summary>A hard line break inside a paragraph or cell.</summary>
public sealed record LineBreakInline : Inline
{
    public static readonly LineBreakInline Instance = new();
}
