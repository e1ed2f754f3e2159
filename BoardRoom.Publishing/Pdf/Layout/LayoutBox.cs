namespace BoardRoom.Publishing.Pdf.Layout;

/// <summary>
/// An unbreakable horizontal slice of the flow (a line of text, a band of a table row, a gap).
/// Pagination only ever breaks between boxes. Ops are relative to the box's top edge; x is absolute.
/// </summary>
internal sealed class LayoutBox(float height)
{
    public float Height { get; } = height;

    public List<DrawOp> Ops { get; } = [];

    /// <summary>Vertical space between blocks: dropped when it would start a page.</summary>
    public bool IsSpacer { get; init; }

    /// <summary>Headings, captions and table headers: must share a page with the content after them.</summary>
    public bool KeepWithNext { get; set; }

    /// <summary>
    /// How many of the boxes right after this one must be on the same page: paragraph lines use it so
    /// that a paragraph never leaves its first line alone at the foot of a page (orphan) or its last
    /// line alone at the head of the next (widow).
    /// </summary>
    public int KeepFollowing { get; set; }

    /// <summary>Distance from the box's top to the baseline of its first text, for list markers.</summary>
    public float FirstBaseline { get; set; }

    /// <summary>On the first band of a table row: the whole row's height, kept on one page when it fits.</summary>
    public float GroupHeight { get; set; }

    public TableFrame? Table { get; set; }

    public bool IsTableHeader { get; set; }
}
