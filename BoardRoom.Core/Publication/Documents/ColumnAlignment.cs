namespace BoardRoom.Core.Publication.Documents;

public enum ColumnAlignment
{
    Left,
    Center,
    Right,
}
