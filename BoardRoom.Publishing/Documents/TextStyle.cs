namespace BoardRoom.Publishing.Documents;

/// <summary>Character styles a run of text may combine.</summary>
[Flags]
public enum TextStyle
{
    None = 0,
    Bold = 1,
    Italic = 2,
    Code = 4,
}
