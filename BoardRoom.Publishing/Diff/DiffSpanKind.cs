namespace BoardRoom.Publishing.Diff;

/// <summary>Whether a run of words is in both versions, only the newer one, or only the older one.</summary>
public enum DiffSpanKind
{
    Same,
    Added,
    Removed,
}
