namespace BoardRoom.Publishing.Documents;

/// <summary>Text in one style. Newlines inside the text are treated as spaces by the renderers.</summary>
public sealed record TextInline(string Text, TextStyle Style = TextStyle.None) : Inline
{
    public string Text { get; init; } = Text ?? throw new ArgumentNullException(nameof(Text));
}
