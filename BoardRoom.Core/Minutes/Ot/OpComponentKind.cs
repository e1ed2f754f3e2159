namespace BoardRoom.Core.Minutes.Ot;

/// <summary>The three kinds of component an operation is made of.</summary>
public enum OpComponentKind
{
    Retain,
    Insert,
    Delete,
}
