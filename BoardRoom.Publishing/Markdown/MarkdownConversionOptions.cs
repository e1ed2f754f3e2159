namespace BoardRoom.Publishing.Markdown;

/// <summary>
/// How user-written Markdown is fitted into a larger document.
/// <see cref="HeadingLevelOffset"/> pushes the author's headings down (an agenda item's minutes sit
/// under the item's own level-2 heading, so their "#" should become level 3); levels beyond 3 are
/// clamped to 3.
/// </summary>
public sealed record MarkdownConversionOptions(int HeadingLevelOffset = 0)
{
    public static readonly MarkdownConversionOptions Default = new();
}
