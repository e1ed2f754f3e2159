namespace BoardRoom.Publishing.Pdf.Layout;

/// <summary>The boxes placed on one page (with the y of each box's top) and rules added by pagination.</summary>
internal sealed class PageLayout
{
    public List<(LayoutBox Box, float Top)> Placed { get; } = [];

    public List<DrawOp> Extra { get; } = [];
}
