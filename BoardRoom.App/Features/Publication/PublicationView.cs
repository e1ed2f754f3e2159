using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Records;

namespace BoardRoom.App.Features.Publication;

/// <summary>What the publication page shows a member: the stage, history, comments, sign-offs, versions and previews.</summary>
public sealed record PublicationView(
    MeetingId MeetingId,
    string BoardName,
    string BoardSlug,
    string MeetingTitle,
    int MeetingNumber,
    DateTimeOffset StartsAt,
    MinutesStage Stage,
    bool MeetingClosed,
    string PublicSha256,
    string? FullSha256,
    IReadOnlyList<CoChairSignOff> CoChairs,
    bool IsSignedOff,
    IReadOnlyList<WorkflowEntry> History,
    IReadOnlyList<ReviewComment> Comments,
    IReadOnlyList<PublishedVersion> Versions,
    string PublicPreviewHtml,
    string? FullPreviewHtml,
    AllowedSteps Steps,
    string Occasion = "")
{
    /// <summary>
    /// Review comments on the minutes not yet resolved, shown before approval (approving warns while any are open):
    /// reserved items' only for those who may read reserved business.
    /// </summary>
    public IReadOnlyList<Minutes.MinutesOpenThreads.OpenThread> OpenThreads { get; init; } = [];

    public IReadOnlyList<Minutes.MinutesOpenThreads.OpenSuggestion> OpenSuggestions { get; init; } = [];
}

/// <summary>A co-chair of the meeting and their signature, if any; <see cref="Valid"/> is false when the record changed after signing.</summary>
public sealed record CoChairSignOff(string Name, string Role, DateTimeOffset? SignedAt, string? Sha256, bool Valid);

/// <summary>A published version as members see it in the list.</summary>
public sealed record PublishedVersion(int Version, DateTimeOffset PublishedAt, string PublishedBy, string CorrectionNote, string PublicSha256, string FullSha256)
{
    /// <summary>A public Word document was stored with this version (none for versions published before Word export).</summary>
    public bool HasPublicDocx { get; init; } = true;

    /// <summary>A full Word document was stored with this version.</summary>
    public bool HasFullDocx { get; init; } = true;

    /// <summary>For a correction, what changed in the public text since the version before (HTML, every text encoded).</summary>
    public string? PublicChangesHtml { get; init; }

    /// <summary>
    /// What changed in the full text, reserved business included: only for those who may read it, and only where both
    /// versions have a stored full Word document to read it from.
    /// </summary>
    public string? FullChangesHtml { get; init; }
}

/// <summary>The steps the person may take now (the server checks again when they do).</summary>
public sealed record AllowedSteps(bool Circulate, bool ReturnToDraft, bool Comment, bool Approve, bool Sign, bool Reopen, bool Publish, bool StartCorrection, bool ReadFull)
{
    public bool Any => Circulate || ReturnToDraft || Approve || Sign || Reopen || Publish || StartCorrection;
}
