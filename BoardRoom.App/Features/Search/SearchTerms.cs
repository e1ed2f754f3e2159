using System.Text.RegularExpressions;

namespace BoardRoom.App.Features.Search;

/// <summary>
/// What a person typed, as words the engines can only take as words. Every run of letters and digits is a word;
/// everything else (quotes, <c>*</c>, <c>-</c>, brackets, <c>AND(</c>, <c>NEAR</c>, a column filter) only separates
/// words, so no input is ever query syntax and none can make a query fail. Words typed together ("D-2026-07") or in
/// double quotes ("care pilots") must appear together, in order (a phrase); phrases must all appear (AND).
/// </summary>
public sealed partial class SearchTerms
{
    /// <summary>Fewer letters and digits than this, in all, is not a search.</summary>
    public const int MinLength = 2;

    public const int MaxLength = 200;

    private const int MaxPhrases = 8;
    private const int MaxWordsPerPhrase = 8;
    private const int MaxWordLength = 64;

    private SearchTerms(string text, IReadOnlyList<IReadOnlyList<string>> phrases)
    {
        Text = text;
        Phrases = phrases;
    }

    /// <summary>The query as typed (trimmed, at most <see cref="MaxLength"/> characters).</summary>
    public string Text { get; }

    /// <summary>Each phrase's words, lower case.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Phrases { get; }

    public IEnumerable<string> Words => Phrases.SelectMany(p => p);

    /// <summary>Whether there is enough to search for.</summary>
    public bool IsSearchable => Words.Sum(w => w.Length) >= MinLength;

    public static SearchTerms Parse(string? text)
    {
        var typed = (text ?? string.Empty).Trim();
        if (typed.Length > MaxLength)
        {
            typed = typed[..MaxLength];
        }
        var phrases = new List<IReadOnlyList<string>>();
        foreach (Match chunk in Chunk().Matches(typed))
        {
            var words = Word().Matches(chunk.Groups["quoted"].Success ? chunk.Groups["quoted"].Value : chunk.Value)
                .Select(w => w.Value.ToLowerInvariant())
                .Select(w => w.Length > MaxWordLength ? w[..MaxWordLength] : w)
                .Take(MaxWordsPerPhrase)
                .ToList();
            if (words.Count > 0 && !phrases.Any(p => p.SequenceEqual(words)))
            {
                phrases.Add(words);
            }
        }
        // A word like "and", "of" or "the" on its own finds nearly everything on SQLite and nothing on PostgreSQL (whose
        // English configuration drops it): left out, unless it is all there is. Inside a phrase it stays.
        var meaningful = phrases.Where(p => p.Count > 1 || !StopWords.Contains(p[0])).ToList();
        return new SearchTerms(typed, (meaningful.Count > 0 ? meaningful : phrases).Take(MaxPhrases).ToList());
    }

    /// <summary>An FTS5 query: each phrase in double quotes (words only, so nothing inside needs escaping), joined by AND.</summary>
    public string ToFts5() => string.Join(" AND ", Phrases.Select(p => "\"" + string.Join(' ', p) + "\""));

    /// <summary>A <c>to_tsquery</c> text: words of a phrase joined by followed-by (<c>&lt;-&gt;</c>), phrases by AND (<c>&amp;</c>).</summary>
    public string ToTsQuery() => string.Join(" & ", Phrases.Select(p => p.Count == 1 ? p[0] : "(" + string.Join(" <-> ", p) + ")"));

    /// <summary>PostgreSQL's English stop words (Snowball's list), which its index leaves out.</summary>
    private static readonly HashSet<string> StopWords =
    [
        "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves", "he", "him", "his",
        "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "what", "which",
        "who", "whom", "this", "that", "these", "those", "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
        "having", "do", "does", "did", "doing", "a", "an", "the", "and", "but", "if", "or", "because", "as", "until", "while", "of", "at",
        "by", "for", "with", "about", "against", "between", "into", "through", "during", "before", "after", "above", "below", "to", "from",
        "up", "down", "in", "out", "on", "off", "over", "under", "again", "further", "then", "once", "here", "there", "when", "where", "why",
        "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not", "only", "own", "same", "so",
        "than", "too", "very", "s", "t", "can", "will", "just", "don", "should", "now",
    ];

    /// <summary>Letters (with their combining marks) and digits: what both engines' tokenizers take as a word.</summary>
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    public static partial Regex Word();

    [GeneratedRegex("\"(?<quoted>[^\"]*)\"|[^\\s\"]+")]
    private static partial Regex Chunk();
}
