namespace BoardRoom.Publishing.Documents;

public enum ColumnAlignment
{
    Left,
    Center,
    Right,
}
