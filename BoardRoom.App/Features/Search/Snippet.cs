using System.Text;

namespace BoardRoom.App.Features.Search;

/// <summary>A piece of a hit's text: matched words are shown marked (<c>&lt;mark&gt;</c>), the rest as plain text. Pages render both as text, never as markup.</summary>
public readonly record struct SnippetPart(string Text, bool IsMatch);

/// <summary>Turns a hit's marked text into parts, and a long text into the stretch around its first match.</summary>
public static partial class Snippet
{
    /// <summary>About this many words of a long text are shown: some before the first match, the rest after.</summary>
    public const int Words = 32;

    private const int WordsBefore = 8;

    /// <summary>Splits text marked with <see cref="SearchSql.MarkStart"/> / <see cref="SearchSql.MarkEnd"/> into parts.</summary>
    public static IReadOnlyList<SnippetPart> Parse(string marked)
    {
        var parts = new List<SnippetPart>();
        var text = new StringBuilder();
        var inMatch = false;
        foreach (var c in marked ?? string.Empty)
        {
            if (c is SearchSql.MarkStart or SearchSql.MarkEnd)
            {
                Flush();
                inMatch = c == SearchSql.MarkStart;
                continue;
            }
            text.Append(c);
        }
        Flush();
        return parts;

        void Flush()
        {
            if (text.Length > 0)
            {
                parts.Add(new SnippetPart(text.ToString(), inMatch));
                text.Clear();
            }
        }
    }

    /// <summary>Marks, in <paramref name="text"/>, every word <paramref name="isMatch"/> accepts (the PostgreSQL path, whose engine does not mark).</summary>
    public static IReadOnlyList<SnippetPart> Mark(string text, Func<string, bool> isMatch)
    {
        var parts = new List<SnippetPart>();
        var at = 0;
        foreach (System.Text.RegularExpressions.Match word in SearchTerms.Word().Matches(text ?? string.Empty))
        {
            if (!isMatch(word.Value))
            {
                continue;
            }
            if (word.Index > at)
            {
                Add(text![at..word.Index], false);
            }
            Add(word.Value, true);
            at = word.Index + word.Length;
        }
        if (at < (text?.Length ?? 0))
        {
            Add(text![at..], false);
        }
        return parts;

        void Add(string value, bool match)
        {
            // Two marked words with only a space between them read as one mark, as SQLite's highlight() gives a phrase.
            if (parts.Count > 0 && parts[^1].IsMatch == match)
            {
                parts[^1] = new SnippetPart(parts[^1].Text + value, match);
            }
            else
            {
                parts.Add(new SnippetPart(value, match));
            }
        }
    }

    /// <summary>
    /// At most about <see cref="Words"/> words of the text, starting a few words before its first match (the start when
    /// nothing is marked), with line breaks as spaces and "…" where the text was cut.
    /// </summary>
    public static IReadOnlyList<SnippetPart> Window(IReadOnlyList<SnippetPart> parts)
    {
        // Runs of spaces and of other characters, each with whether it is marked.
        var units = parts
            .SelectMany(p => Unit().Matches(Flatten(p.Text)).Select(m => (Text: m.Value, p.IsMatch, IsWord: m.Value[0] != ' ')))
            .ToList();
        var firstMatch = units.FindIndex(u => u.IsMatch && u.IsWord);
        var from = firstMatch < 0 ? 0 : StartBefore(units, firstMatch);
        while (from < units.Count && !units[from].IsWord)
        {
            from++;
        }
        var (to, count) = (from, 0);
        while (to < units.Count && count < Words)
        {
            count += units[to].IsWord ? 1 : 0;
            to++;
        }
        var window = new List<SnippetPart>();
        if (from > 0)
        {
            Add("… ", false);
        }
        foreach (var (text, isMatch, _) in units.Skip(from).Take(to - from))
        {
            Add(text, isMatch);
        }
        if (window.Count > 0 && !window[^1].IsMatch)
        {
            window[^1] = window[^1] with { Text = window[^1].Text.TrimEnd() };
        }
        if (units.Skip(to).Any(u => u.IsWord))
        {
            Add(" …", false);
        }
        return window.Where(p => p.Text.Length > 0).ToList();

        void Add(string text, bool isMatch)
        {
            if (window.Count > 0 && window[^1].IsMatch == isMatch)
            {
                window[^1] = new SnippetPart(window[^1].Text + text, isMatch);
            }
            else
            {
                window.Add(new SnippetPart(text, isMatch));
            }
        }
    }

    private static int StartBefore(List<(string Text, bool IsMatch, bool IsWord)> units, int match)
    {
        var (i, seen) = (match, 0);
        while (i > 0 && seen < WordsBefore)
        {
            i--;
            seen += units[i].IsWord ? 1 : 0;
        }
        return i;
    }

    private static string Flatten(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }
        return builder.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@" +|[^ ]+")]
    private static partial System.Text.RegularExpressions.Regex Unit();
}
