namespace BoardRoom.Core.Minutes.Sequencing;

/// <summary>Tuning of a <see cref="DocumentSequencer"/>.</summary>
public sealed record DocumentSequencerOptions
{
    /// <summary>A snapshot is saved whenever the revision is a multiple of this.</summary>
    public int SnapshotInterval { get; init; } = 100;

    /// <summary>How many times to catch up and retry when another server took the revision.</summary>
    public int MaxAppendAttempts { get; init; } = 10;

    /// <summary>Recent operations kept in memory to transform late submissions without reading the log.</summary>
    public int HistoryWindow { get; init; } = 1000;

    /// <summary>Told when saving a snapshot failed; the operation itself is committed, and the next interval retries.</summary>
    public Action<Exception>? SnapshotFailed { get; init; }
}
