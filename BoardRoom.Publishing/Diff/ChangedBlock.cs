namespace BoardRoom.Publishing.Diff;

/// <summary>
/// One paragraph that differs between two versions: added whole, removed whole, or changed (its words marked). It names
/// the heading it sits under in the newer version (or the older, for a removed section), so the reader knows where it is.
/// </summary>
public sealed record ChangedBlock(DiffSpanKind Kind, string Section, bool IsHeading, IReadOnlyList<DiffSpan> Spans)
{
    /// <summary>Added or removed whole; otherwise a paragraph in both versions whose words changed.</summary>
    public bool IsWhole => Kind != DiffSpanKind.Same;
}
