namespace BoardRoom.Publishing.Documents;

public sealed record TableRow
{
    public TableRow(IEnumerable<TableCell> cells) => Cells = ValueList<TableCell>.From(cells);

    public IReadOnlyList<TableCell> Cells { get; }
}
