namespace BoardRoom.Publishing.Documents;

/// <summary>A horizontal rule between sections.</summary>
public sealed record ThematicBreakBlock : Block
{
    public static readonly ThematicBreakBlock Instance = new();
}
