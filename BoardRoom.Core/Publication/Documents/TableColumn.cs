namespace BoardRoom.Core.Publication.Documents;

/// <summary>
/// A table column: its header, its share of the table width (weights are relative to each other;
/// null lets the PDF renderer size the column from its content) and how its cells align.
/// </summary>
public sealed record TableColumn
{
    public TableColumn(IEnumerable<Inline> header, float? weight = null, ColumnAlignment alignment = ColumnAlignment.Left)
    {
        if (weight is { } w && (!float.IsFinite(w) || w <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "A column weight must be a positive number.");
        }
        Header = ValueList<Inline>.From(header);
        Weight = weight;
        Alignment = alignment;
    }

    public TableColumn(string header, float? weight = null, ColumnAlignment alignment = ColumnAlignment.Left)
        : this([new TextInline(header)], weight, alignment)
    {
    }

    public IReadOnlyList<Inline> Header { get; }

    public float? Weight { get; }

    public ColumnAlignment Alignment { get; }
}
