namespace BoardRoom.Publishing.Diff;

/// <summary>What changed from one published version to the next, paragraph by paragraph, in the newer version's order.</summary>
public sealed record VersionComparison(int FromVersion, int ToVersion, IReadOnlyList<ChangedBlock> Changes)
{
    public bool HasChanges => Changes.Count > 0;
}
