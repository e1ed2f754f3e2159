using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.Core.Minutes.Records;

/// <summary>
/// The way a meeting's minutes go from the shared draft to the forum: draft → in review (members comment) → approved
/// (sections locked) → signed by each co-chair of the meeting → published. Every step checks the actor's role on the
/// board and is recorded. A signature holds only while the full record still has the hash that was signed; a
/// publication is immutable, and a correction goes round again to publish the next version.
/// </summary>
public sealed class MinutesWorkflow
{
    public const int MaxCommentLength = 2000;
    public const int MaxNoteLength = 1000;

    private readonly List<WorkflowEntry> _history = [];
    private readonly List<ReviewComment> _comments = [];
    private readonly List<CoChairSignature> _signatures = [];
    private readonly List<MinutesPublication> _publications = [];

    private MinutesWorkflow()
    {
    }

    public MeetingId MeetingId { get; private set; }

    public BoardId BoardId { get; private set; }

    public MinutesStage Stage { get; private set; }

    /// <summary>Grows with every recorded step: two people acting on the same state cannot both succeed.</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<WorkflowEntry> History => _history.OrderBy(h => h.At).ToList();

    public IReadOnlyList<ReviewComment> Comments => _comments.OrderBy(c => c.At).ToList();

    public IReadOnlyList<CoChairSignature> Signatures => _signatures.OrderBy(s => s.SignedAt).ToList();

    public IReadOnlyList<MinutesPublication> Publications => _publications.OrderBy(p => p.Version).ToList();

    /// <summary>The version the next publication will get.</summary>
    public int NextVersion => _publications.Count + 1;

    public static MinutesWorkflow Begin(Meeting meeting) =>
        new() { MeetingId = meeting.Id, BoardId = meeting.BoardId, Stage = MinutesStage.Draft };

    /// <summary>The secretariat circulates the draft of a closed meeting to members for review.</summary>
    public void Circulate(Board board, Meeting meeting, WorkflowActor actor, DateTimeOffset at)
    {
        Check(board, meeting);
        RequireSecretariat(board, actor, "circulate minutes");
        RequireStage(MinutesStage.Draft, "circulated");
        if (meeting.Status != MeetingStatus.Closed)
        {
            throw new DomainRuleException("Minutes can be circulated once the meeting is closed.");
        }
        Move(MinutesStage.InReview, actor, at, "Circulated the draft to members for review");
    }

    /// <summary>A member comments on the circulated draft.</summary>
    public ReviewComment Comment(Board board, Meeting meeting, WorkflowActor actor, string text, DateTimeOffset at)
    {
        Check(board, meeting);
        if (!board.Allows(actor.PersonId, BoardCapability.EditMinutes))
        {
            throw new DomainRuleException("Only members who take part in the minutes may comment on them.");
        }
        if (Stage != MinutesStage.InReview)
        {
            throw new DomainRuleException("Comments are taken while the draft is in review.");
        }
        var comment = new ReviewComment(MeetingId, actor.PersonId, actor.Name, Require.Text(text, "The comment", MaxCommentLength), at);
        _comments.Add(comment);
        return comment;
    }

    /// <summary>The secretariat takes a draft back from review to change it further.</summary>
    public void ReturnToDraft(Board board, Meeting meeting, WorkflowActor actor, DateTimeOffset at)
    {
        Check(board, meeting);
        RequireSecretariat(board, actor, "return minutes to draft");
        RequireStage(MinutesStage.InReview, "returned to draft");
        Move(MinutesStage.Draft, actor, at, "Returned the minutes to draft");
    }

    /// <summary>The meeting's co-chairs or the secretariat approve the reviewed draft; the caller locks the sections.</summary>
    public void Approve(Board board, Meeting meeting, WorkflowActor actor, DateTimeOffset at)
    {
        Check(board, meeting);
        if (!board.Allows(actor.PersonId, BoardCapability.Administer) && !IsCoChairOf(board, meeting, actor.PersonId))
        {
            throw new DomainRuleException("Only the meeting's co-chairs or the secretariat may approve its minutes.");
        }
        RequireStage(MinutesStage.InReview, "approved");
        Move(MinutesStage.Approved, actor, at, "Approved the minutes; the text is locked");
    }

    /// <summary>A co-chair of this meeting signs the exact full record whose hash is <paramref name="fullSha256"/>.</summary>
    public CoChairSignature Sign(Board board, Meeting meeting, WorkflowActor actor, string fullSha256, DateTimeOffset at)
    {
        Check(board, meeting);
        var seat = board.CoChairsOf(meeting).FirstOrDefault(m => m.PersonId == actor.PersonId)
            ?? throw new DomainRuleException("Only the co-chairs of this meeting sign its minutes.");
        RequireStage(MinutesStage.Approved, "signed");
        if (string.IsNullOrWhiteSpace(fullSha256) || fullSha256.Length != 64)
        {
            throw new DomainRuleException("A signature needs the SHA-256 of the record signed.");
        }
        var existing = _signatures.FirstOrDefault(s => s.PersonId == actor.PersonId);
        if (existing is not null)
        {
            if (existing.Matches(fullSha256))
            {
                throw new DomainRuleException("You have already signed these minutes.");
            }
            _signatures.Remove(existing);
        }
        var role = seat.IsPermanentCoChair ? "Permanent co-chair" : seat.Nation is { } n ? $"Rotating co-chair ({n.Display()})" : "Co-chair";
        var signature = new CoChairSignature(MeetingId, actor.PersonId, actor.Name, role, at, fullSha256);
        _signatures.Add(signature);
        // "as rotating co-chair (Scotland)": only the role's first letter is lowered, never the nation's name.
        var asRole = char.ToLowerInvariant(role[0]) + role[1..];
        Record(actor, at, existing is null ? $"Signed the minutes as {asRole}" : $"Signed the changed minutes again as {asRole}");
        return signature;
    }

    /// <summary>The signatures that still hold for the record as it now is.</summary>
    public IReadOnlyList<CoChairSignature> ValidSignatures(string currentFullSha256) =>
        Signatures.Where(s => s.Matches(currentFullSha256)).ToList();

    /// <summary>Signatures made on a text that has since changed: they no longer count.</summary>
    public IReadOnlyList<CoChairSignature> StaleSignatures(string currentFullSha256) =>
        Signatures.Where(s => !s.Matches(currentFullSha256)).ToList();

    /// <summary>Every co-chair of the meeting has signed the record as it now is.</summary>
    public bool IsSignedOff(Board board, Meeting meeting, string currentFullSha256)
    {
        var coChairs = board.CoChairsOf(meeting);
        return coChairs.Count > 0 && coChairs.All(c => _signatures.Any(s => s.PersonId == c.PersonId && s.Matches(currentFullSha256)));
    }

    /// <summary>The secretariat reopens approved minutes for editing; every signature is withdrawn.</summary>
    public void Reopen(Board board, Meeting meeting, WorkflowActor actor, string reason, DateTimeOffset at)
    {
        Check(board, meeting);
        RequireSecretariat(board, actor, "reopen minutes");
        RequireStage(MinutesStage.Approved, "reopened");
        var why = Require.Text(reason, "The reason for reopening", MaxNoteLength);
        _signatures.Clear();
        Move(MinutesStage.Draft, actor, at, $"Reopened the approved minutes: {why}");
    }

    /// <summary>
    /// The secretariat publishes signed-off minutes. <paramref name="files"/> were rendered from the record as it now
    /// is; its full hash must be the one every co-chair signed. A correction (version 2 onwards) needs a note.
    /// </summary>
    public MinutesPublication Publish(Board board, Meeting meeting, WorkflowActor actor, PublishedFiles files, string correctionNote, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(files);
        var note = EnsureCanPublish(board, meeting, actor, files.FullSha256, correctionNote);
        var version = NextVersion;
        var publication = new MinutesPublication(MeetingId, BoardId, meeting.Number, meeting.Title, meeting.HeldAt, version,
            actor.PersonId, actor.Name, at, note, files);
        _publications.Add(publication);
        Move(MinutesStage.Published, actor, at, version == 1 ? "Published version 1 on the forum" : $"Published version {version} on the forum: {note}");
        return publication;
    }

    /// <summary>
    /// Throws unless <paramref name="actor"/> may publish now the record whose full hash is <paramref name="fullSha256"/>
    /// with this note (required for a correction, empty for version 1). Returns the note, trimmed.
    /// </summary>
    public string EnsureCanPublish(Board board, Meeting meeting, WorkflowActor actor, string fullSha256, string? correctionNote)
    {
        Check(board, meeting);
        RequireSecretariat(board, actor, "publish minutes");
        RequireStage(MinutesStage.Approved, "published");
        if (!IsSignedOff(board, meeting, fullSha256))
        {
            throw new DomainRuleException(StaleSignatures(fullSha256).Count > 0
                ? "The minutes changed after they were signed: the co-chairs must sign the current text before it is published."
                : "Every co-chair of the meeting must sign the minutes before they are published.");
        }
        var note = Require.OptionalText(correctionNote, "The note of what changed", MaxNoteLength);
        if (NextVersion > 1 && note.Length == 0)
        {
            throw new DomainRuleException("A correction needs a note of what changed.");
        }
        if (NextVersion == 1 && note.Length > 0)
        {
            throw new DomainRuleException("The first version has nothing to correct; leave the note empty.");
        }
        return note;
    }

    /// <summary>The secretariat starts a correction of published minutes: a new draft, to be approved, signed and published as the next version.</summary>
    public void StartCorrection(Board board, Meeting meeting, WorkflowActor actor, string reason, DateTimeOffset at)
    {
        Check(board, meeting);
        RequireSecretariat(board, actor, "correct published minutes");
        RequireStage(MinutesStage.Published, "corrected");
        var why = Require.Text(reason, "The reason for the correction", MaxNoteLength);
        _signatures.Clear();
        Move(MinutesStage.Draft, actor, at, $"Started a correction (version {NextVersion}): {why}");
    }

    public static bool IsCoChairOf(Board board, Meeting meeting, PersonId personId) =>
        board.CoChairsOf(meeting).Any(m => m.PersonId == personId);

    private void Check(Board board, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.Id != MeetingId || board.Id != BoardId || meeting.BoardId != BoardId)
        {
            throw new DomainRuleException("These minutes belong to another meeting.");
        }
    }

    private static void RequireSecretariat(Board board, WorkflowActor actor, string what)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!board.Allows(actor.PersonId, BoardCapability.Administer))
        {
            throw new DomainRuleException($"Only the board's secretariat may {what}.");
        }
    }

    private void RequireStage(MinutesStage stage, string what)
    {
        if (Stage != stage)
        {
            throw new DomainRuleException($"Minutes that are {Describe(Stage)} cannot be {what}; they must be {Describe(stage)}.");
        }
    }

    public static string Describe(MinutesStage stage) => stage switch
    {
        MinutesStage.InReview => "in review",
        MinutesStage.Approved => "approved",
        MinutesStage.Published => "published",
        _ => "a draft",
    };

    private void Move(MinutesStage stage, WorkflowActor actor, DateTimeOffset at, string what)
    {
        Stage = stage;
        Record(actor, at, what);
    }

    private void Record(WorkflowActor actor, DateTimeOffset at, string what)
    {
        _history.Add(new WorkflowEntry(MeetingId, actor.PersonId, actor.Name, at, Stage, what));
        Revision++;
    }
}
