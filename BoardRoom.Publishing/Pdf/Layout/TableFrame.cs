namespace BoardRoom.Publishing.Pdf.Layout;

/// <summary>
/// What pagination needs to know about a table whose rows are spread over boxes: its header boxes
/// (placed again at the top of each continuation page) and its horizontal extent (for the rules
/// that close the table at a page break and reopen it on the next page).
/// </summary>
internal sealed class TableFrame(float left, float right)
{
    public float Left { get; } = left;

    public float Right { get; } = right;

    public List<LayoutBox> HeaderBoxes { get; } = [];

    public bool Bordered { get; init; } = true;

    public float HeaderHeight => HeaderBoxes.Sum(b => b.Height);
}
