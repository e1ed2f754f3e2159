using BoardRoom.Core.Minutes.Ot;

namespace BoardRoom.Core.Minutes.Comments;

/// <summary>
/// The range of a section's text a comment is on, as UTF-16 offsets [Start, End) of the text at some revision. It moves
/// with every edit through the same transformation as the text (<see cref="TextOperation.TransformIndex"/>): text typed
/// inside the range joins it, text typed at either edge stays outside it, and deleting the range's text collapses it
/// (the thread stays, <see cref="IsCollapsed"/>, its quote saying what it was on).
/// </summary>
public readonly record struct CommentAnchor(int Start, int End)
{
    public int Length => End - Start;

    public bool IsCollapsed => End <= Start;

    /// <summary>The anchor on the text after <paramref name="operation"/>, given the anchor on the text before it.</summary>
    public CommentAnchor Through(TextOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        // The start moves past an insert at its position (isOwnOperation: true), the end does not: both edges exclude it.
        var start = operation.TransformIndex(Start, isOwnOperation: true);
        var end = operation.TransformIndex(End);
        return new CommentAnchor(start, Math.Max(start, end));
    }

    /// <summary>The anchor after each of <paramref name="operations"/> in turn (the op log's order).</summary>
    public CommentAnchor Through(IEnumerable<TextOperation> operations)
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
    public static CommentAnchor Select(int start, int end, int documentLength)
    {
        if (start < 0 || end > documentLength || end <= start)
        {
            throw new Common.DomainRuleException("Select some of the minutes' text to comment on.");
        }
        return new CommentAnchor(start, end);
    }
}
