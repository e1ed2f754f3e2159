namespace BoardRoom.Core.Minutes.Ot;

/// <summary>
/// A range of a section's text a review is on (a comment's, or the text a suggestion replaces), as UTF-16 offsets
/// [Start, End) of the text at some revision. It moves with every edit through the same transformation as the text
/// (<see cref="TextOperation.TransformIndex"/>): text typed inside the range joins it, text typed at either edge stays
/// outside it, and deleting the range's text collapses it (<see cref="IsCollapsed"/>). An empty range is a point (where
/// a suggestion inserts): text typed at it goes before it.
/// </summary>
public readonly record struct TextAnchor(int Start, int End)
{
    public int Length => End - Start;

    public bool IsCollapsed => End <= Start;

    /// <summary>The anchor on the text after <paramref name="operation"/>, given the anchor on the text before it.</summary>
    public TextAnchor Through(TextOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        // The start moves past an insert at its position (isOwnOperation: true), the end does not: both edges exclude it.
        var start = operation.TransformIndex(Start, isOwnOperation: true);
        var end = operation.TransformIndex(End);
        return new TextAnchor(start, Math.Max(start, end));
    }

    /// <summary>The anchor after each of <paramref name="operations"/> in turn (the op log's order).</summary>
    public TextAnchor Through(IEnumerable<TextOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var anchor = this;
        foreach (var operation in operations)
        {
            anchor = anchor.Through(operation);
        }
        return anchor;
    }

    /// <summary>A range a member selected in a text of <paramref name="documentLength"/> characters, checked.</summary>
    public static TextAnchor Select(int start, int end, int documentLength)
    {
        if (start < 0 || end > documentLength || end <= start)
        {
            throw new Common.DomainRuleException("Select some of the minutes' text to comment on.");
        }
        return new TextAnchor(start, end);
    }

    /// <summary>A range or a point (start = end) in a text of <paramref name="documentLength"/> characters, checked.</summary>
    public static TextAnchor RangeOrPoint(int start, int end, int documentLength)
    {
        if (start < 0 || end > documentLength || end < start)
        {
            throw new Common.DomainRuleException("That place is not in the minutes' text: reload the page and try again.");
        }
        return new TextAnchor(start, end);
    }
}
