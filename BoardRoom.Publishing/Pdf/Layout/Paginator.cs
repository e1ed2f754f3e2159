namespace BoardRoom.Publishing.Pdf.Layout;

/// <summary>
/// Places boxes on pages, breaking only between boxes. Rules, in order of importance:
/// gaps never start a page; a heading (and a table's caption and header row) shares its page with
/// the first lines of what follows; a paragraph leaves no single line alone at the foot or head of
/// a page; a table row that fits on a page is not split; a table that
/// continues on a new page is closed with a rule and its header row is repeated.
/// </summary>
internal static class Paginator
{
    // How many following content boxes (lines, row bands) a heading must keep with it.
    private const int KeepLines = 2;

    public static List<PageLayout> Paginate(List<LayoutBox> boxes, float top, float bottom)
    {
        var capacity = bottom - top;
        var page = new PageLayout();
        var pages = new List<PageLayout> { page };
        var y = top;
        LayoutBox? last = null;
        for (var i = 0; i < boxes.Count; i++)
        {
            var box = boxes[i];
            var atTop = page.Placed.Count == 0;
            if (box.IsSpacer)
            {
                if (!atTop && y + box.Height <= bottom)
                {
                    page.Placed.Add((box, y));
                    y += box.Height;
                }
                continue;
            }
            var needed = box.Height;
            if (box.KeepWithNext)
            {
                needed = Math.Max(needed, KeepChainHeight(boxes, i, capacity));
            }
            if (box.KeepFollowing > 0)
            {
                var kept = box.Height;
                for (var j = i + 1; j <= i + box.KeepFollowing && j < boxes.Count; j++)
                {
                    kept += boxes[j].Height;
                }
                if (kept <= capacity)
                {
                    needed = Math.Max(needed, kept);
                }
            }
            if (box.GroupHeight > 0 && box.GroupHeight <= capacity - (box.Table?.HeaderHeight ?? 0))
            {
                needed = Math.Max(needed, box.GroupHeight);
            }
            if (!atTop && y + needed > bottom)
            {
                var table = box.Table;
                var continuing = table is not null && last?.Table == table && !box.IsTableHeader;
                if (continuing && table!.Bordered)
                {
                    page.Extra.Add(DrawOp.Line(table.Left, y, table.Right, y, 0.6f, PdfStyle.TableBorder));
                }
                page = new PageLayout();
                pages.Add(page);
                y = top;
                if (continuing)
                {
                    foreach (var headerBox in table!.HeaderBoxes)
                    {
                        page.Placed.Add((headerBox, y));
                        y += headerBox.Height;
                    }
                    if (table.Bordered)
                    {
                        page.Extra.Add(DrawOp.Line(table.Left, y, table.Right, y, 0.6f, PdfStyle.TableBorder));
                    }
                }
            }
            page.Placed.Add((box, y));
            y += box.Height;
            last = box;
        }
        return pages;
    }

    /// <summary>
    /// Height of a kept box together with what it must not be parted from: following kept boxes and
    /// then <see cref="KeepLines"/> content boxes (or a whole table row, when the next row is one
    /// that fits a page). Chains too tall for any page are not enforced.
    /// </summary>
    private static float KeepChainHeight(List<LayoutBox> boxes, int start, float capacity)
    {
        var height = 0f;
        var counted = 0;
        for (var j = start; j < boxes.Count && counted < KeepLines; j++)
        {
            var box = boxes[j];
            height += box.Height;
            if (box.IsSpacer || box.KeepWithNext)
            {
                continue;
            }
            counted++;
            if (box.GroupHeight > 0 && box.GroupHeight <= capacity)
            {
                height += box.GroupHeight - box.Height;
                break;
            }
        }
        return height <= capacity ? height : boxes[start].Height;
    }
}
