using DiffPlex;
using DiffPlex.Chunkers;

namespace BoardRoom.Publishing.Diff;

/// <summary>
/// Compares two versions' text with DiffPlex (Myers' algorithm): first paragraph by paragraph, then, where a run of
/// paragraphs was replaced by another, word by word between the paragraphs that pair up, so a corrected word is marked
/// in its sentence rather than the whole paragraph being shown twice. Unchanged paragraphs are left out.
/// </summary>
public static class VersionDiff
{
    /// <summary>Paragraphs that share less than this part of their words are shown as one removed and one added.</summary>
    private const double SameParagraph = 0.4;

    public static VersionComparison Compare(int fromVersion, IReadOnlyList<TextBlock> older, int toVersion, IReadOnlyList<TextBlock> newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var result = Differ.Instance.CreateDiffs(Lines(older), Lines(newer), ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        var changes = new List<ChangedBlock>();
        var olderSection = Sections(older);
        var newerSection = Sections(newer);
        foreach (var block in result.DiffBlocks)
        {
            var paired = Math.Min(block.DeleteCountA, block.InsertCountB);
            for (var i = 0; i < Math.Max(block.DeleteCountA, block.InsertCountB); i++)
            {
                var a = i < block.DeleteCountA ? older[block.DeleteStartA + i] : null;
                var b = i < block.InsertCountB ? newer[block.InsertStartB + i] : null;
                if (a is not null && b is not null && i < paired && Words(a.Text, b.Text) is { } spans)
                {
                    changes.Add(new ChangedBlock(DiffSpanKind.Same, newerSection[block.InsertStartB + i], b.IsHeading, spans));
                    continue;
                }
                if (a is not null)
                {
                    changes.Add(new ChangedBlock(DiffSpanKind.Removed, olderSection[block.DeleteStartA + i], a.IsHeading, [new(DiffSpanKind.Removed, a.Text)]));
                }
                if (b is not null)
                {
                    changes.Add(new ChangedBlock(DiffSpanKind.Added, newerSection[block.InsertStartB + i], b.IsHeading, [new(DiffSpanKind.Added, b.Text)]));
                }
            }
        }
        return new VersionComparison(fromVersion, toVersion, changes);
    }

    /// <summary>The word-level difference of two paragraphs, or null when they have too little in common to read as one.</summary>
    public static IReadOnlyList<DiffSpan>? Words(string older, string newer)
    {
        var result = Differ.Instance.CreateDiffs(older, newer, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var (a, b) = (result.PiecesOld, result.PiecesNew);
        var spans = new List<DiffSpan>();
        var (ia, ib) = (0, 0);
        var same = 0;
        foreach (var block in result.DiffBlocks)
        {
            while (ib < block.InsertStartB)
            {
                same += IsWord(b[ib]) ? 1 : 0;
                Append(spans, DiffSpanKind.Same, b[ib++]);
            }
            ia = block.DeleteStartA;
            for (var i = 0; i < block.DeleteCountA; i++)
            {
                Append(spans, DiffSpanKind.Removed, a[ia++]);
            }
            for (var i = 0; i < block.InsertCountB; i++)
            {
                Append(spans, DiffSpanKind.Added, b[ib++]);
            }
        }
        while (ib < b.Count)
        {
            same += IsWord(b[ib]) ? 1 : 0;
            Append(spans, DiffSpanKind.Same, b[ib++]);
        }
        // Spaces and punctuation are in common between any two sentences: only words count.
        var longest = Math.Max(a.Count(IsWord), b.Count(IsWord));
        return longest == 0 || (double)same / longest >= SameParagraph ? Tidy(spans) : null;
    }

    private static bool IsWord(string piece) => piece.Any(char.IsLetterOrDigit);

    private static void Append(List<DiffSpan> spans, DiffSpanKind kind, string piece)
    {
        if (spans.Count > 0 && spans[^1].Kind == kind)
        {
            spans[^1] = spans[^1] with { Text = spans[^1].Text + piece };
        }
        else
        {
            spans.Add(new DiffSpan(kind, piece));
        }
    }

    /// <summary>
    /// A space between a removed and an added run belongs to neither: moved out, it reads "agreed the" → "noted the",
    /// not a change that starts or ends on a space.
    /// </summary>
    private static List<DiffSpan> Tidy(List<DiffSpan> spans)
    {
        var tidy = new List<DiffSpan>();
        foreach (var span in spans)
        {
            if (span.Kind == DiffSpanKind.Same)
            {
                Append(tidy, span.Kind, span.Text);
                continue;
            }
            var core = span.Text.Trim();
            var lead = span.Text[..(span.Text.Length - span.Text.TrimStart().Length)];
            var trail = span.Text[span.Text.TrimEnd().Length..];
            if (core.Length == 0)
            {
                Append(tidy, DiffSpanKind.Same, span.Text);
                continue;
            }
            if (lead.Length > 0)
            {
                Append(tidy, DiffSpanKind.Same, lead);
            }
            tidy.Add(new DiffSpan(span.Kind, core));
            if (trail.Length > 0)
            {
                Append(tidy, DiffSpanKind.Same, trail);
            }
        }
        return tidy;
    }

    private static string Lines(IReadOnlyList<TextBlock> blocks) =>
        string.Join('\n', blocks.Select(b => (b.IsHeading ? "# " : "") + b.Text.Replace('\n', ' ')));

    /// <summary>For each block, the heading it sits under (itself, for a heading; empty before the first).</summary>
    private static string[] Sections(IReadOnlyList<TextBlock> blocks)
    {
        var sections = new string[blocks.Count];
        var current = "";
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].IsHeading)
            {
                current = blocks[i].Text;
            }
            sections[i] = current;
        }
        return sections;
    }
}
