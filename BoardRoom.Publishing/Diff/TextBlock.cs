namespace BoardRoom.Publishing.Diff;

/// <summary>
/// One paragraph-sized piece of a published version's text (a heading, a paragraph, a list item, a table row), on one
/// line with its whitespace collapsed: the unit two versions are compared by before their words are.
/// </summary>
public sealed record TextBlock(string Text, bool IsHeading = false);
