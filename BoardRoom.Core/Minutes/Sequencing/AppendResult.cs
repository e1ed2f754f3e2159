namespace BoardRoom.Core.Minutes.Sequencing;

/// <summary>Outcome of <see cref="IOperationLog.TryAppendAsync"/>.</summary>
public enum AppendResult
{
    /// <summary>The record is durably stored.</summary>
    Appended,

    /// <summary>(DocumentId, Revision) already exists: another sequencer took that revision. Nothing was stored.</summary>
    RevisionConflict,

    /// <summary>(DocumentId, ClientId, ClientSeq) already exists: this submission was sequenced before. Nothing was stored.</summary>
    DuplicateSubmission,
}
