using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Minutes.Protocol;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Records;
using BoardRoom.Core.Minutes.Sequencing;
using BoardRoom.Core.Minutes.Suggestions;
using BoardRoom.Core.People;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// Suggested changes to the minutes, for review (issue #15, item 6; docs/collaboration-protocol.md §12). Who may read a
/// section's suggestions is who may read the section; who may make one (or withdraw their own) is who may edit it; who
/// may accept or reject one is who may edit it and run the meeting: its co-chairs and the secretariat. Accepting turns
/// the suggestion into an ordinary edit by its author, sequenced under the document's one lock like a keystroke from
/// the hub, stored in the op log, and broadcast to everyone in the section on every node.
/// </summary>
public sealed class MinutesSuggestions(IDbContextFactory<BoardRoomDbContext> dbFactory, MinutesSections sections, IOperationLog log,
    MinutesDocuments documents, PresenceRegistry presence, IHubContext<MinutesHub> hub, MinutesBroadcaster broadcaster, TimeProvider clock)
{
    public const string NotDecider = "Only this meeting's co-chairs and the secretariat can accept or reject suggestions.";

    public sealed record View(Guid Id, int Start, int End, string Original, string Replacement, string Author, bool Mine,
        DateTimeOffset At, string Status, string? DecidedBy, DateTimeOffset? DecidedAt);

    /// <summary>A section's suggestions, their ranges on the text at <paramref name="Revision"/>.</summary>
    public sealed record SectionSuggestions(Guid SectionId, long Revision, bool CanSuggest, bool CanDecide, IReadOnlyList<View> Suggestions);

    /// <exception cref="MinutesAccessDeniedException">No such section, or the person may not read it.</exception>
    public async Task<SectionSuggestions> ListAsync(PersonId person, Guid sectionId, CancellationToken cancellationToken = default)
    {
        var access = await sections.CheckAsync(person, sectionId, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var canDecide = access.CanEdit && await MayRunAsync(db, person, access.Section.MeetingId);
        var all = await db.Suggestions.Where(s => s.SectionId == new AgendaItemId(sectionId)).OrderBy(s => s.At).ToListAsync(cancellationToken);
        // Only open suggestions are drawn on the text: decided ones are listed, not placed, so the log is read for them alone.
        var open = all.Where(s => s.IsOpen).ToList();
        var (head, anchors) = await ReviewAnchors.AtHeadAsync(log, sectionId, open, s => (s.Anchor, s.AnchorRevision),
            (s, anchor, revision) => s.MoveAnchor(anchor, revision), cancellationToken);
        // Moving a cached anchor forward is idempotent: two readers store the same result, so no concurrency check.
        await db.SaveChangesAsync(cancellationToken);
        var placed = open.Select((s, i) => (s.Id, anchors[i])).ToDictionary(p => p.Id, p => p.Item2);
        return new SectionSuggestions(sectionId, head, access.CanEdit, canDecide,
            all.Select(s => ViewOf(s, person, placed.GetValueOrDefault(s.Id, s.Anchor))).ToList());
    }

    /// <summary>
    /// Suggests replacing [start, end) of the section's text at <paramref name="revision"/> (start = end to insert) with
    /// <paramref name="replacement"/>. The range is moved to the head before it is stored.
    /// </summary>
    public async Task<View> ProposeAsync(WorkflowActor actor, Guid sectionId, long revision, int start, int end, string? replacement,
        CancellationToken cancellationToken = default)
    {
        await RequireEditAsync(actor.PersonId, sectionId, cancellationToken);
        var stored = await log.LoadAsync(sectionId, cancellationToken);
        var anchor = await ReviewAnchors.FromRevisionAsync(log, stored, sectionId, revision,
            length => TextAnchor.RangeOrPoint(start, end, length), cancellationToken);
        if (end > start && anchor.IsCollapsed)
        {
            throw new Core.Common.DomainRuleException("The text you selected has just been deleted by someone else.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var section = await db.MinutesSections.FirstAsync(s => s.Id == new AgendaItemId(sectionId), cancellationToken);
        var suggestion = Suggestion.Propose(section, anchor, stored.Revision, stored.Text(), replacement, actor, clock.GetUtcNow());
        db.Suggestions.Add(suggestion);
        await db.SaveChangesAsync(cancellationToken);
        await NotifyAsync(sectionId);
        return ViewOf(suggestion, actor.PersonId, anchor);
    }

    /// <summary>
    /// Accepts the suggestion: its change, on the text as it now is, becomes an edit of its author's in the op log.
    /// Refused (and nothing stored) when the text it changes has been edited since it was made.
    /// </summary>
    public async Task AcceptAsync(WorkflowActor actor, Guid suggestionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (suggestion, section) = await DecidableAsync(db, actor.PersonId, suggestionId, cancellationToken);
        var sectionId = suggestion.SectionId.Value;
        // Entered like a connection, the document stays open on this server while its lock is held (no eviction).
        var member = $"suggestion:{suggestion.Id:N}";
        var sent = Task.CompletedTask;
        documents.Enter(sectionId, member);
        try
        {
            var sequencer = await documents.GetAsync(sectionId);
            using var doc = await sequencer.LockAsync(cancellationToken);
            await doc.RefreshAsync(cancellationToken);
            // Read again under the lock: another decider may have accepted or rejected it while this one waited.
            await db.Entry(suggestion).ReloadAsync(cancellationToken);
            var done = await log.FindByClientAsync(sectionId, suggestion.ClientId, 1, cancellationToken);
            if (done is not null)
            {
                // Accepted before, and stored, but the decision was not saved (a failure in between): record it now.
                suggestion.Accept(section, actor, done.Revision, clock.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
                await NotifyAsync(sectionId);
                return;
            }
            var state = doc.State;
            var since = await doc.OperationsSinceAsync(suggestion.AnchorRevision, cancellationToken);
            var anchor = suggestion.Anchor.Through(since.Select(o => o.Operation));
            var edit = suggestion.EditOn(section, anchor, state.Text);
            if (edit.TargetLength > MinutesHub.MaxDocumentLength)
            {
                throw new Core.Common.DomainRuleException($"The minutes of one item cannot exceed {MinutesHub.MaxDocumentLength:N0} characters.");
            }
            var author = suggestion.AuthorId.ToString();
            var result = await doc.SubmitAsync(new Submission(suggestion.ClientId, 1, state.Revision, edit, author), cancellationToken);
            suggestion.Accept(section, actor, result.Revision, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            presence.Transform(sectionId, result.Revision, result.Operation, authorParticipantId: string.Empty);
            // Queued under the lock, so every connection receives the section's edits in revision order. Not cancelled
            // with the request: the edit is stored, and everyone in the section must receive it.
            sent = broadcaster.EditAsync(
                new OperationApplied(sectionId, result.Revision, result.Operation, author, suggestion.AuthorName, suggestion.ClientId, 1), null, null);
        }
        finally
        {
            documents.Leave(sectionId, member);
        }
        await sent;
        await NotifyAsync(sectionId);
    }

    public async Task RejectAsync(WorkflowActor actor, Guid suggestionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (suggestion, section) = await DecidableAsync(db, actor.PersonId, suggestionId, cancellationToken);
        suggestion.Reject(section, actor, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await NotifyAsync(suggestion.SectionId.Value);
    }

    /// <summary>Its author takes a suggestion back (while they may still edit the section).</summary>
    public async Task WithdrawAsync(WorkflowActor actor, Guid suggestionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var suggestion = await FindAsync(db, suggestionId, cancellationToken);
        await RequireEditAsync(actor.PersonId, suggestion.SectionId.Value, cancellationToken);
        var section = await db.MinutesSections.FirstAsync(s => s.Id == suggestion.SectionId, cancellationToken);
        suggestion.Withdraw(section, actor, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await NotifyAsync(suggestion.SectionId.Value);
    }

    private async Task<(Suggestion, Core.Minutes.MinutesSection)> DecidableAsync(BoardRoomDbContext db, PersonId person, Guid suggestionId, CancellationToken cancellationToken)
    {
        var suggestion = await FindAsync(db, suggestionId, cancellationToken);
        await RequireEditAsync(person, suggestion.SectionId.Value, cancellationToken);
        if (!await MayRunAsync(db, person, suggestion.MeetingId))
        {
            throw new MinutesAccessDeniedException(HubErrorCodes.Forbidden, NotDecider);
        }
        var section = await db.MinutesSections.FirstAsync(s => s.Id == suggestion.SectionId, cancellationToken);
        return (suggestion, section);
    }

    private static async Task<Suggestion> FindAsync(BoardRoomDbContext db, Guid suggestionId, CancellationToken cancellationToken) =>
        await db.Suggestions.FirstOrDefaultAsync(s => s.Id == suggestionId, cancellationToken)
            ?? throw new MinutesAccessDeniedException(HubErrorCodes.NotFound, "There is no such suggestion.");

    private static async Task<bool> MayRunAsync(BoardRoomDbContext db, PersonId person, Core.Meetings.MeetingId meetingId) =>
        (await BoardAccess.ForMeetingAsync(db, person, meetingId, BoardRight.View)).MayRun;

    private async Task RequireEditAsync(PersonId person, Guid sectionId, CancellationToken cancellationToken)
    {
        var access = await sections.CheckAsync(person, sectionId, cancellationToken);
        if (!access.CanEdit)
        {
            throw new MinutesAccessDeniedException(access.ReadOnlyCode ?? HubErrorCodes.Forbidden,
                $"{access.ReadOnlyReason ?? "You may not take part in these minutes."} Suggestions are for those who may edit them.");
        }
    }

    /// <summary>Everyone in the section (on any node, through the backplane) fetches its suggestions again.</summary>
    private Task NotifyAsync(Guid sectionId) =>
        hub.Clients.Group(MinutesHub.Group(sectionId)).SendAsync("SuggestionsChanged", new { sectionId });

    private static View ViewOf(Suggestion s, PersonId person, TextAnchor anchor) =>
        new(s.Id, anchor.Start, anchor.End, s.Original, s.Replacement, s.AuthorName, s.AuthorId == person, s.At,
            s.Status.ToString().ToLowerInvariant(), s.IsOpen ? null : s.DecidedByName, s.DecidedAt);
}
