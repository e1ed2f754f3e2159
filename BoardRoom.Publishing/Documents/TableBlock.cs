namespace BoardRoom.Publishing.Documents;

/// <summary>
/// A table with a header row. Rows shorter than the column list are padded with empty cells by the
/// renderers; longer rows are rejected here because their extra cells would have no header.
/// The caption, when given, names the table for screen readers and heads it in print.
/// </summary>
public sealed record TableBlock : Block
{
    public TableBlock(IEnumerable<TableColumn> columns, IEnumerable<TableRow> rows, string? caption = null)
    {
        Columns = ValueList<TableColumn>.From(columns);
        if (Columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }
        Rows = ValueList<TableRow>.From(rows);
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].Cells.Count > Columns.Count)
            {
                throw new ArgumentException($"Row {i + 1} has {Rows[i].Cells.Count} cells but the table has {Columns.Count} columns.", nameof(rows));
            }
        }
        Caption = string.IsNullOrWhiteSpace(caption) ? null : caption;
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public IReadOnlyList<TableRow> Rows { get; }

    public string? Caption { get; }
}
