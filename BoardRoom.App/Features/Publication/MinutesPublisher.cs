using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Email;
using BoardRoom.App.Features.Minutes;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Records;
using BoardRoom.Core.People;
using BoardRoom.Publishing.Documents;
using BoardRoom.Publishing.Html;
using BoardRoom.Publishing.Minutes;
using BoardRoom.Publishing.Pdf;
using BoardRoom.Publishing.Word;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Publication;

/// <summary>
/// Takes a meeting's minutes through review, approval, sign-off and publication for a given person. Every call loads
/// the record as it now is, checks the person's role on the board (the Core workflow decides), and saves the step.
/// PDFs are rendered off the calling thread with the one shared <see cref="PdfRenderer"/>, Word documents with a
/// <see cref="WordRenderer"/> (which holds no state).
/// </summary>
public sealed class MinutesPublisher(
    IDbContextFactory<BoardRoomDbContext> dbFactory,
    MinutesRecordLoader loader,
    MinutesSections sections,
    PdfRenderer pdf,
    TimeProvider clock,
    Notifications? notifications = null)
{
    public const string LockReason = "the minutes are approved";

    private static readonly HtmlRenderer PageHtml = new(new HtmlRenderOptions(HeadingLevelOffset: 1));

    private static readonly WordRenderer Word = new();

    public async Task<Access<PublicationView>> ViewAsync(MeetingId meetingId, PersonId personId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        try
        {
            var loaded = await LoadAsync(db, meetingId, personId, BoardRight.View, cancellationToken);
            var view = View(loaded, personId, clock.GetUtcNow());
            return Access<PublicationView>.Allowed(view with { Versions = await WithChangesAsync(db, view, cancellationToken) });
        }
        catch (AccessDeniedException refused)
        {
            return Access<PublicationView>.Denied(refused);
        }
    }

    public Task CirculateAsync(MeetingId meetingId, PersonId personId, CancellationToken cancellationToken = default) =>
        StepAsync(meetingId, personId, (r, a, at) => r.Workflow.Circulate(r.Board, r.Meeting, a, at), cancellationToken,
            notify: (db, r) => notifications?.MinutesCirculatedAsync(db, r.Board, r.Meeting) ?? Task.CompletedTask);

    public Task ReturnToDraftAsync(MeetingId meetingId, PersonId personId, CancellationToken cancellationToken = default) =>
        StepAsync(meetingId, personId, (r, a, at) => r.Workflow.ReturnToDraft(r.Board, r.Meeting, a, at), cancellationToken);

    public Task CommentAsync(MeetingId meetingId, PersonId personId, string text, CancellationToken cancellationToken = default) =>
        StepAsync(meetingId, personId, (r, a, at) => r.Workflow.Comment(r.Board, r.Meeting, a, text, at), cancellationToken);

    /// <summary>Approves the minutes and locks every section of the meeting: the hub refuses edits from then on.</summary>
    public Task ApproveAsync(MeetingId meetingId, PersonId personId, CancellationToken cancellationToken = default) =>
        StepAsync(meetingId, personId, (r, a, at) => r.Workflow.Approve(r.Board, r.Meeting, a, at), cancellationToken,
            after: (r, at) => sections.LockMeetingAsync(r.Meeting.Id, LockReason, at, cancellationToken),
            notify: (db, r) => notifications?.SignatureRequestedAsync(db, r.Board, r.Meeting) ?? Task.CompletedTask);

    /// <summary>
    /// Signs the record whose hash the co-chair was shown. If the record changed since (its hash is no longer
    /// <paramref name="shownSha256"/>), nothing is signed: they must read the current text first.
    /// </summary>
    public Task SignAsync(MeetingId meetingId, PersonId personId, string shownSha256, CancellationToken cancellationToken = default) =>
        StepAsync(meetingId, personId, (r, a, at) =>
        {
            if (!string.Equals(r.FullSha256, shownSha256, StringComparison.Ordinal))
            {
                throw new DomainRuleException("The minutes changed since you opened them; read the current text and sign again.");
            }
            r.Workflow.Sign(r.Board, r.Meeting, a, r.FullSha256, at);
        }, cancellationToken);

    public Task ReopenAsync(MeetingId meetingId, PersonId personId, string reason, CancellationToken cancellationToken = default) =>
        StepAsync(meetingId, personId, (r, a, at) => r.Workflow.Reopen(r.Board, r.Meeting, a, reason, at), cancellationToken,
            before: UnlockAsync);

    public Task StartCorrectionAsync(MeetingId meetingId, PersonId personId, string reason, CancellationToken cancellationToken = default) =>
        StepAsync(meetingId, personId, (r, a, at) => r.Workflow.StartCorrection(r.Board, r.Meeting, a, reason, at), cancellationToken,
            before: UnlockAsync);

    /// <summary>Publishes the next version: renders the public and full PDFs and Word documents and the public HTML of the record as signed, and stores them for good.</summary>
    public async Task<int> PublishAsync(MeetingId meetingId, PersonId personId, string correctionNote, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var loaded = await LoadAsync(db, meetingId, personId, BoardRight.View, cancellationToken);
        var actor = await ActorAsync(db, personId, cancellationToken);
        var at = clock.GetUtcNow();
        // The rules are checked before the rendering, which is the slow part; Publish checks them again with the files.
        var note = loaded.Workflow.EnsureCanPublish(loaded.Board, loaded.Meeting, actor, loaded.FullSha256, correctionNote);
        var stamp = new PublicationStamp(loaded.Workflow.NextVersion, at, note, SignOffs(loaded));
        var files = await RenderAsync(loaded, stamp, cancellationToken);
        var publication = loaded.Workflow.Publish(loaded.Board, loaded.Meeting, actor, files, note, at);
        if (notifications is not null)
        {
            await notifications.MinutesPublishedAsync(db, loaded.Board, loaded.Meeting, publication.Version);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new DomainRuleException("Someone else published these minutes at the same moment; reload to see their version.");
        }
        return publication.Version;
    }

    /// <summary>A PDF of the record as it now is (a draft until published), for a member allowed to read that version.</summary>
    public Task<byte[]> RenderCurrentPdfAsync(MeetingId meetingId, PersonId personId, RecordVersion version, CancellationToken cancellationToken = default) =>
        RenderCurrentAsync(meetingId, personId, version, MinutesFileFormat.Pdf, cancellationToken);

    /// <summary>A Word document of the record as it now is, for a member allowed to read that version (the same rule as the PDF).</summary>
    public Task<byte[]> RenderCurrentDocxAsync(MeetingId meetingId, PersonId personId, RecordVersion version, CancellationToken cancellationToken = default) =>
        RenderCurrentAsync(meetingId, personId, version, MinutesFileFormat.Word, cancellationToken);

    /// <summary>The stored PDF of a published version, for a member allowed to read that version.</summary>
    public Task<byte[]?> PublishedPdfAsync(MeetingId meetingId, PersonId personId, int version, RecordVersion which, CancellationToken cancellationToken = default) =>
        PublishedFileAsync(meetingId, personId, version, which, MinutesFileFormat.Pdf, cancellationToken);

    /// <summary>The stored Word document of a published version, for a member allowed to read that version (the same rule as the PDF).</summary>
    public Task<byte[]?> PublishedDocxAsync(MeetingId meetingId, PersonId personId, int version, RecordVersion which, CancellationToken cancellationToken = default) =>
        PublishedFileAsync(meetingId, personId, version, which, MinutesFileFormat.Word, cancellationToken);

    private async Task<byte[]> RenderCurrentAsync(MeetingId meetingId, PersonId personId, RecordVersion version, MinutesFileFormat format, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var loaded = await LoadAsync(db, meetingId, personId, RightToRead(version), cancellationToken);
        var record = version == RecordVersion.Full ? loaded.Record : loaded.Record.ToPublic();
        var document = MinutesDocumentBuilder.Build(record, PublicationStamp.Draft(clock.GetUtcNow(), SignOffs(loaded)));
        return await Task.Run(() => format == MinutesFileFormat.Word ? Word.Render(document) : pdf.Render(document), cancellationToken);
    }

    private async Task<byte[]?> PublishedFileAsync(MeetingId meetingId, PersonId personId, int version, RecordVersion which, MinutesFileFormat format, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await BoardAccess.ForMeetingAsync(db, personId, meetingId, RightToRead(which), refusal: ReservedRefusal(which));
        var query = db.MinutesPublications.AsNoTracking().Where(p => p.MeetingId == meetingId && p.Version == version);
        var file = (which, format) switch
        {
            (RecordVersion.Full, MinutesFileFormat.Word) => await query.Select(p => p.Content.FullDocx).FirstOrDefaultAsync(cancellationToken),
            (RecordVersion.Full, _) => await query.Select(p => p.Content.FullPdf).FirstOrDefaultAsync(cancellationToken),
            (_, MinutesFileFormat.Word) => await query.Select(p => p.Content.PublicDocx).FirstOrDefaultAsync(cancellationToken),
            _ => await query.Select(p => p.Content.PublicPdf).FirstOrDefaultAsync(cancellationToken),
        };
        // Versions published before Word files were made have none stored (an empty column): there is no such file.
        return file is { Length: > 0 } ? file : null;
    }

    /// <summary>Renders the files of one publication from the record; public and full are independent, so they render in parallel.</summary>
    internal async Task<PublishedFiles> RenderAsync(LoadedRecord loaded, PublicationStamp stamp, CancellationToken cancellationToken)
    {
        var publicRecord = loaded.Record.ToPublic();
        var publicDocument = MinutesDocumentBuilder.Build(publicRecord, stamp);
        var fullDocument = MinutesDocumentBuilder.Build(loaded.Record, stamp);
        var publicPdf = Task.Run(() => pdf.Render(publicDocument), cancellationToken);
        var fullPdf = Task.Run(() => pdf.Render(fullDocument), cancellationToken);
        // The Word documents are quick (no layout): rendered here while the PDFs render.
        var publicDocx = Word.Render(publicDocument);
        var fullDocx = Word.Render(fullDocument);
        return new PublishedFiles(publicDocument.ContentHash, fullDocument.ContentHash, PageHtml.Render(publicDocument), await publicPdf, await fullPdf,
            publicDocx, fullDocx);
    }

    private static BoardRight RightToRead(RecordVersion version) => version == RecordVersion.Full ? BoardRight.ReadReserved : BoardRight.View;

    private static string? ReservedRefusal(RecordVersion version) =>
        version == RecordVersion.Full ? "The full minutes include reserved business, which your role may not read." : null;

    /// <summary>The record of the meeting, once <see cref="BoardAccess"/> has let the person in with <paramref name="right"/>.</summary>
    private async Task<LoadedRecord> LoadAsync(BoardRoomDbContext db, MeetingId meetingId, PersonId personId, BoardRight right, CancellationToken cancellationToken)
    {
        await BoardAccess.ForMeetingAsync(db, personId, meetingId, right, refusal: ReservedRefusal(right == BoardRight.ReadReserved ? RecordVersion.Full : RecordVersion.Public));
        return await loader.LoadAsync(db, meetingId, cancellationToken) ?? throw AccessDeniedException.NotFound("There is no such meeting.");
    }

    private static IReadOnlyList<SignOffEntry> SignOffs(LoadedRecord loaded) =>
        loaded.Workflow.ValidSignatures(loaded.FullSha256).Select(s => new SignOffEntry(s.Name, s.Role, s.SignedAt, s.Sha256)).ToList();

    private async Task StepAsync(MeetingId meetingId, PersonId personId, Action<LoadedRecord, WorkflowActor, DateTimeOffset> step,
        CancellationToken cancellationToken, Func<LoadedRecord, DateTimeOffset, Task>? before = null, Func<LoadedRecord, DateTimeOffset, Task>? after = null,
        Func<BoardRoomDbContext, LoadedRecord, Task>? notify = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // BoardAccess lets members of the board in; which of them may take this step is the Core workflow's rule.
        var loaded = await LoadAsync(db, meetingId, personId, BoardRight.View, cancellationToken);
        var actor = await ActorAsync(db, personId, cancellationToken);
        var at = clock.GetUtcNow();
        step(loaded, actor, at);
        if (before is not null)
        {
            await before(loaded, at);
        }
        if (notify is not null)
        {
            // The step's emails go into the same SaveChanges as the step.
            await notify(db, loaded);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The workflow's revision moved (or its first row was made) under us: someone else took a step meanwhile.
            throw new DomainRuleException("Someone else changed these minutes at the same moment; reload and try again.");
        }
        if (after is not null)
        {
            await after(loaded, at);
        }
    }

    private async Task UnlockAsync(LoadedRecord loaded, DateTimeOffset at)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        foreach (var section in await db.MinutesSections.Where(s => s.MeetingId == loaded.Meeting.Id).ToListAsync())
        {
            section.Unlock();
        }
        await db.SaveChangesAsync();
    }

    private static async Task<WorkflowActor> ActorAsync(BoardRoomDbContext db, PersonId personId, CancellationToken cancellationToken)
    {
        var name = await db.People.Where(p => p.Id == personId).Select(p => p.FullName).FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainRuleException("Sign in to continue.");
        return new WorkflowActor(personId, name);
    }

    /// <summary>
    /// The versions with what each stored Word document there is and, for a correction, what changed since the version
    /// before: the public text for everyone, the full text (from the full Word documents) only for those who may read it.
    /// </summary>
    private static async Task<IReadOnlyList<PublishedVersion>> WithChangesAsync(BoardRoomDbContext db, PublicationView view, CancellationToken cancellationToken)
    {
        if (view.Versions.Count == 0)
        {
            return view.Versions;
        }
        var stored = await db.MinutesPublications.AsNoTracking().Where(p => p.MeetingId == view.MeetingId)
            .Select(p => new { p.Version, p.Content.PublicHtml, HasPublicDocx = p.Content.PublicDocx.Length > 0, HasFullDocx = p.Content.FullDocx.Length > 0 })
            .ToDictionaryAsync(p => p.Version, cancellationToken);
        // The full documents hold reserved business: read only for someone who may read it.
        var fullDocx = view.Steps.ReadFull && view.Versions.Count > 1
            ? await db.MinutesPublications.AsNoTracking().Where(p => p.MeetingId == view.MeetingId)
                .Select(p => new { p.Version, p.Content.FullDocx }).ToDictionaryAsync(p => p.Version, p => p.FullDocx, cancellationToken)
            : [];
        return view.Versions.Select(v =>
        {
            if (!stored.TryGetValue(v.Version, out var mine))
            {
                return v;
            }
            var withFiles = v with { HasPublicDocx = mine.HasPublicDocx, HasFullDocx = mine.HasFullDocx };
            if (!stored.TryGetValue(v.Version - 1, out var before))
            {
                return withFiles;
            }
            return withFiles with
            {
                PublicChangesHtml = VersionChanges.Public(v.Version - 1, before.PublicHtml, v.Version, mine.PublicHtml, 3, $"changes-v{v.Version}-public"),
                FullChangesHtml = fullDocx.Count > 0
                    ? VersionChanges.Full(v.Version - 1, fullDocx[v.Version - 1], v.Version, fullDocx[v.Version], 3, $"changes-v{v.Version}-full")
                    : null,
            };
        }).ToList();
    }

    private static PublicationView View(LoadedRecord loaded, PersonId personId, DateTimeOffset now)
    {
        var (board, meeting, workflow) = (loaded.Board, loaded.Meeting, loaded.Workflow);
        var readFull = board.Allows(personId, BoardCapability.ViewReservedBusiness);
        var secretariat = board.Allows(personId, BoardCapability.Administer);
        var isCoChair = MinutesWorkflow.IsCoChairOf(board, meeting, personId);
        var signedOff = workflow.IsSignedOff(board, meeting, loaded.FullSha256);
        var publicRecord = loaded.Record.ToPublic();
        var stamp = PublicationStamp.Draft(now, SignOffs(loaded));
        var coChairs = board.CoChairsOf(meeting).OrderByDescending(m => m.IsPermanentCoChair).Select(m =>
        {
            var signature = workflow.Signatures.FirstOrDefault(s => s.PersonId == m.PersonId);
            return new CoChairSignOff(
                signature?.Name ?? loaded.Names.GetValueOrDefault(m.PersonId, "Co-chair"),
                signature?.Role ?? (m.IsPermanentCoChair ? "Permanent co-chair" : m.Nation is { } n ? $"Rotating co-chair ({n.Display()})" : "Co-chair"),
                signature?.SignedAt, signature?.Sha256, signature?.Matches(loaded.FullSha256) ?? false);
        }).ToList();
        var mySignatureValid = workflow.Signatures.Any(s => s.PersonId == personId && s.Matches(loaded.FullSha256));
        var steps = new AllowedSteps(
            Circulate: secretariat && workflow.Stage == MinutesStage.Draft && meeting.Status == MeetingStatus.Closed,
            ReturnToDraft: secretariat && workflow.Stage == MinutesStage.InReview,
            Comment: board.Allows(personId, BoardCapability.EditMinutes) && workflow.Stage == MinutesStage.InReview,
            Approve: (secretariat || isCoChair) && workflow.Stage == MinutesStage.InReview,
            Sign: isCoChair && workflow.Stage == MinutesStage.Approved && !mySignatureValid,
            Reopen: secretariat && workflow.Stage == MinutesStage.Approved,
            Publish: secretariat && workflow.Stage == MinutesStage.Approved && signedOff,
            StartCorrection: secretariat && workflow.Stage == MinutesStage.Published,
            ReadFull: readFull);
        return new PublicationView(
            meeting.Id, board.Name, loaded.BoardSlug, meeting.Title, meeting.Number, meeting.HeldAt, workflow.Stage,
            meeting.Status == MeetingStatus.Closed, publicRecord.Sha256(), readFull ? loaded.FullSha256 : null, coChairs, signedOff,
            // Reviewers comment on the full draft, reserved items included: only those who may read it see the comments.
            workflow.History.Reverse().ToList(), readFull ? workflow.Comments : [],
            workflow.Publications.OrderByDescending(p => p.Version)
                .Select(p => new PublishedVersion(p.Version, p.PublishedAt, p.PublishedByName, p.CorrectionNote, p.PublicSha256, p.FullSha256)).ToList(),
            PageHtml.Render(MinutesDocumentBuilder.Build(publicRecord, stamp)),
            readFull ? PageHtml.Render(MinutesDocumentBuilder.Build(loaded.Record, stamp)) : null,
            steps, MeetingTimeText.Occasion(meeting, loaded.Record.Header.TimeZoneId));
    }
}
