using BoardRoom.App.Data;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Comments;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Records;
using BoardRoom.Core.Minutes.Sequencing;
using BoardRoom.Core.People;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// Review comments anchored to a range of a section's minutes (issue #15, item 5; docs/collaboration-protocol.md §11).
/// Who may read a section's threads is who may read the section, and who may open, reply to, resolve or reopen one is
/// who may edit it (<see cref="MinutesSections.CheckAsync"/>): reserved business stays with those who may read it, and
/// an observer or a member who withdrew from the item reads without taking part. Anchors are stored with the revision
/// they are on and transformed on the server through the op log's operations since, by the same OT engine as the text;
/// every answer gives them at the log's head revision, which each browser maps onto its own text.
/// </summary>
public sealed class MinutesComments(IDbContextFactory<BoardRoomDbContext> dbFactory, MinutesSections sections, IOperationLog log,
    IHubContext<MinutesHub> hub, TimeProvider clock)
{
    public sealed record Reply(Guid Id, string Author, string Text, DateTimeOffset At);

    public sealed record Thread(Guid Id, int Start, int End, bool Collapsed, string Quote, bool Resolved, string? ResolvedBy,
        DateTimeOffset? ResolvedAt, IReadOnlyList<Reply> Replies);

    /// <summary>A section's threads, their anchors on the text at <paramref name="Revision"/>.</summary>
    public sealed record SectionThreads(Guid SectionId, long Revision, bool CanComment, IReadOnlyList<Thread> Threads);

    /// <exception cref="MinutesAccessDeniedException">No such section, or the person may not read it.</exception>
    public async Task<SectionThreads> ListAsync(PersonId person, Guid sectionId, CancellationToken cancellationToken = default)
    {
        var access = await sections.CheckAsync(person, sectionId, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var threads = await db.CommentThreads.Include(t => t.Replies).Where(t => t.SectionId == new AgendaItemId(sectionId))
            .OrderBy(t => t.OpenedAt).ToListAsync(cancellationToken);
        if (threads.Count == 0)
        {
            // Nothing to place: the log is not read (every section of a page asks, most have no comments).
            return new SectionThreads(sectionId, 0, access.CanEdit, []);
        }
        var (head, anchors) = await ReviewAnchors.AtHeadAsync(log, sectionId, threads, t => (t.Anchor, t.AnchorRevision),
            (t, anchor, revision) => t.MoveAnchor(anchor, revision), cancellationToken);
        var views = threads.Select((thread, i) => View(thread, anchors[i])).ToList();
        // Moving a cached anchor forward is idempotent: two readers store the same result, so no concurrency check.
        await db.SaveChangesAsync(cancellationToken);
        return new SectionThreads(sectionId, head, access.CanEdit, views);
    }

    /// <summary>
    /// Opens a thread on [start, end) of the section's text at <paramref name="revision"/> (the revision the member's
    /// browser had, with nothing of theirs pending). The anchor is moved to the head before it is stored.
    /// </summary>
    public async Task<Thread> OpenAsync(WorkflowActor actor, Guid sectionId, long revision, int start, int end, string? text, CancellationToken cancellationToken = default)
    {
        await RequireEditAsync(actor.PersonId, sectionId, cancellationToken);
        var stored = await log.LoadAsync(sectionId, cancellationToken);
        var (head, headText) = (stored.Revision, stored.Text());
        var anchor = await ReviewAnchors.FromRevisionAsync(log, stored, sectionId, revision,
            length => TextAnchor.Select(start, end, length), cancellationToken);
        if (anchor.IsCollapsed)
        {
            throw new Core.Common.DomainRuleException("The text you selected has just been deleted by someone else.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var section = await db.MinutesSections.FirstAsync(s => s.Id == new AgendaItemId(sectionId), cancellationToken);
        var thread = CommentThread.Open(section, anchor, head, headText[anchor.Start..anchor.End], actor, text ?? string.Empty, clock.GetUtcNow());
        db.CommentThreads.Add(thread);
        await db.SaveChangesAsync(cancellationToken);
        await NotifyAsync(sectionId);
        return View(thread, anchor);
    }

    public Task ReplyAsync(WorkflowActor actor, Guid threadId, string? text, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor.PersonId, threadId, (thread, section, at) => thread.Reply(section, actor, text ?? string.Empty, at), cancellationToken);

    public Task ResolveAsync(WorkflowActor actor, Guid threadId, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor.PersonId, threadId, (thread, section, at) => thread.Resolve(section, actor, at), cancellationToken);

    public Task ReopenAsync(WorkflowActor actor, Guid threadId, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor.PersonId, threadId, (thread, section, _) => thread.Reopen(section), cancellationToken);

    private async Task ChangeAsync(PersonId person, Guid threadId, Action<CommentThread, Core.Minutes.MinutesSection, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var thread = await db.CommentThreads.Include(t => t.Replies).FirstOrDefaultAsync(t => t.Id == threadId, cancellationToken)
            ?? throw new MinutesAccessDeniedException(HubErrorCodes.NotFound, "There is no such comment.");
        await RequireEditAsync(person, thread.SectionId.Value, cancellationToken);
        var section = await db.MinutesSections.FirstAsync(s => s.Id == thread.SectionId, cancellationToken);
        change(thread, section, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await NotifyAsync(thread.SectionId.Value);
    }

    private async Task RequireEditAsync(PersonId person, Guid sectionId, CancellationToken cancellationToken)
    {
        var access = await sections.CheckAsync(person, sectionId, cancellationToken);
        if (!access.CanEdit)
        {
            throw new MinutesAccessDeniedException(access.ReadOnlyCode ?? HubErrorCodes.Forbidden,
                $"{access.ReadOnlyReason ?? "You may not take part in these minutes."} Comments are for those who may edit them.");
        }
    }

    /// <summary>Everyone in the section (on any node, through the backplane) fetches its threads again.</summary>
    private Task NotifyAsync(Guid sectionId) =>
        hub.Clients.Group(MinutesHub.Group(sectionId)).SendAsync("CommentsChanged", new { sectionId });

    private static Thread View(CommentThread thread, TextAnchor anchor) =>
        new(thread.Id, anchor.Start, anchor.End, anchor.IsCollapsed, thread.Quote, thread.IsResolved,
            thread.IsResolved ? thread.ResolvedByName : null, thread.ResolvedAt,
            thread.Replies.Select(r => new Reply(r.Id, r.AuthorName, r.Text, r.At)).ToList());
}
