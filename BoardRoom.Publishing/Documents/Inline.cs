namespace BoardRoom.Publishing.Documents;

/// <summary>A piece of running text inside a heading, paragraph or table cell.</summary>
public abstract record Inline
{
    private protected Inline()
    {
    }

    public static TextInline Plain(string text) => new(text);

    public static TextInline Bold(string text) => new(text, TextStyle.Bold);

    public static TextInline Italic(string text) => new(text, TextStyle.Italic);

    public static TextInline Code(string text) => new(text, TextStyle.Code);

    public static LinkInline Link(string url, string text) => new(url, [new TextInline(text)]);

    /// <summary>The plain text of some inlines, as read aloud or searched: styles dropped, line breaks as spaces.</summary>
    public static string PlainText(IEnumerable<Inline> inlines) =>
        string.Concat(inlines.Select(i => i switch
        {
            TextInline t => t.Text,
            LinkInline l => PlainText(l.Content),
            LineBreakInline => " ",
            _ => "",
        }));
}
