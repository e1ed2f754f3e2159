namespace BoardRoom.Publishing.Documents;

/// <summary>
/// A table column: its header, its share of the table width (weights are relative to each other;
/// null lets the PDF renderer size the column from its content), how its cells align, and whether a cell's text is
/// kept on one line in HTML (<see cref="NoWrap"/>: references such as D-2026-07 are read whole).
/// </summary>
public sealed record TableColumn
{
    public TableColumn(IEnumerable<Inline> header, float? weight = null, ColumnAlignment alignment = ColumnAlignment.Left, bool noWrap = false)
    {
        if (weight is { } w && (!float.IsFinite(w) || w <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "A column weight must be a positive number.");
        }
        Header = ValueList<Inline>.From(header);
        Weight = weight;
        Alignment = alignment;
        NoWrap = noWrap;
    }

    public TableColumn(string header, float? weight = null, ColumnAlignment alignment = ColumnAlignment.Left, bool noWrap = false)
        : this([new TextInline(header)], weight, alignment, noWrap)
    {
    }

    public IReadOnlyList<Inline> Header { get; }

    public float? Weight { get; }

    public ColumnAlignment Alignment { get; }

    public bool NoWrap { get; }
}
