using BoardRoom.Publishing.Documents;

namespace BoardRoom.Publishing.Pdf.Layout;

/// <summary>The content of one cell of a table-like grid and how its text is set.</summary>
internal readonly record struct GridCell(IReadOnlyList<Inline> Content, InlineLayouter.TextOptions Options);
