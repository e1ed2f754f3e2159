using System.Text.Json;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Minutes.Protocol;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Sequencing;
using BoardRoom.Core.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// Live minutes over SignalR (docs/collaboration-protocol.md). Every call re-checks on the server that the caller is
/// a member of the section's board allowed to do it, and that the section is not locked. State-changing messages of a
/// document are sent under its gate, so each connection receives them in revision order.
/// </summary>
[Authorize]
public sealed class MinutesHub(
    MinutesDocuments documents,
    MinutesSections sections,
    PresenceRegistry presence,
    TimeProvider time,
    Microsoft.Extensions.Options.IOptions<MinutesOptions> options,
    ILogger<MinutesHub> logger) : Hub
{
    public const string Path = "/hubs/minutes";

    /// <summary>Largest document a section may grow to, in UTF-16 code units.</summary>
    public const int MaxDocumentLength = 500_000;

    /// <summary>Most characters one operation may insert.</summary>
    public const int MaxInsertLength = 20_000;

    public async Task JoinSection(JoinRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (person, name) = Caller();
        var access = await Guarded(() => sections.CheckAsync(person, request.SectionId));
        if (request.KnownRevision is < 0)
        {
            throw Error("malformed", "KnownRevision cannot be negative.");
        }
        var doc = await documents.GetAsync(request.SectionId);
        var you = new Participant(ParticipantId, person.ToString(), name, PresenceRegistry.ColourFor(person.ToString()), access.CanEdit, null);

        await doc.Gate.WaitAsync();
        try
        {
            var state = await doc.Sequencer.GetStateAsync();
            IReadOnlyList<OperationApplied>? missed = null;
            if (request.KnownRevision is { } known)
            {
                if (known > state.Revision)
                {
                    throw Error("bad-revision", $"Revision {known} is ahead of the server's {state.Revision}; join afresh without KnownRevision.");
                }
                var records = (await doc.Sequencer.GetOperationsSinceAsync(known)).Where(r => r.Revision <= state.Revision).ToList();
                var names = await sections.NamesAsync(records.Select(r => r.AuthorId));
                missed = records.Select(r => Applied(request.SectionId, r, names.GetValueOrDefault(r.AuthorId, "Member"))).ToList();
            }
            var others = presence.In(request.SectionId).Where(p => p.ParticipantId != ParticipantId).ToList();
            await Groups.AddToGroupAsync(Context.ConnectionId, Group(request.SectionId));
            presence.Enter(request.SectionId, you);
            JoinedSections.Add(request.SectionId);
            await Clients.Caller.SendAsync("Joined", new Joined(request.SectionId, state.Revision,
                missed is null ? state.Text : null, missed, access.CanEdit, access.ReadOnlyReason, you, others));
            await Clients.OthersInGroup(Group(request.SectionId)).SendAsync("PresenceChanged", new PresenceChanged(request.SectionId, you));
        }
        finally
        {
            doc.Gate.Release();
        }
    }

    public async Task Submit(SubmitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!SubmitLimiter.TryTake())
        {
            throw Error("rate-limited", "Too many edits at once from this connection; they were not applied. Slow down and re-send.");
        }
        var (person, name) = Caller();
        if (!JoinedSections.Contains(request.SectionId))
        {
            throw Error("not-joined", "Join the section before editing it.");
        }
        if (string.IsNullOrWhiteSpace(request.ClientId) || request.ClientId.Length > 64)
        {
            throw Error("malformed", "ClientId must be 1 to 64 characters.");
        }
        if (request.ClientSeq < 0 || request.BaseRevision < 0)
        {
            throw Error("malformed", "ClientSeq and BaseRevision cannot be negative.");
        }
        var operation = ParseOperation(request.Operation);
        var access = await Guarded(() => sections.CheckAsync(person, request.SectionId));
        if (!access.CanEdit)
        {
            throw Error(access.Section.IsLocked ? "locked" : "read-only", access.ReadOnlyReason ?? "You may not edit these minutes.");
        }
        if (operation.TargetLength > MaxDocumentLength)
        {
            throw Error("too-large", $"The minutes of one item cannot exceed {MaxDocumentLength:N0} characters.");
        }

        var doc = await documents.GetAsync(request.SectionId);
        await doc.Gate.WaitAsync();
        try
        {
            if (request.BaseRevision > doc.Sequencer.Revision)
            {
                await doc.Sequencer.RefreshAsync();
            }
            if (request.BaseRevision > doc.Sequencer.Revision)
            {
                throw Error("bad-revision", $"BaseRevision {request.BaseRevision} is ahead of the server's {doc.Sequencer.Revision}.");
            }
            SubmitResult result;
            try
            {
                result = await doc.Sequencer.SubmitAsync(new Submission(request.ClientId, request.ClientSeq, request.BaseRevision, operation, person.ToString()));
            }
            catch (OperationRejectedException e)
            {
                throw Error("rejected", e.Message);
            }
            catch (RevisionConflictException e)
            {
                logger.LogWarning(e, "Could not sequence an edit of {SectionId} against other servers.", request.SectionId);
                throw Error("busy", "The document is very busy; the edit was not applied. Re-send it.");
            }

            if (result.IsDuplicate)
            {
                await Clients.Caller.SendAsync("Acknowledged", new Acknowledged(request.SectionId, request.ClientId, request.ClientSeq, result.Revision, true));
                return;
            }
            presence.Transform(request.SectionId, result.Revision, result.Operation, ParticipantId);
            await Clients.OthersInGroup(Group(request.SectionId)).SendAsync("OperationApplied",
                new OperationApplied(request.SectionId, result.Revision, result.Operation, person.ToString(), name, request.ClientId, request.ClientSeq));
            await Clients.Caller.SendAsync("Acknowledged", new Acknowledged(request.SectionId, request.ClientId, request.ClientSeq, result.Revision, false));
        }
        finally
        {
            doc.Gate.Release();
        }
    }

    public async Task UpdatePresence(PresenceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!PresenceLimiter.TryTake())
        {
            throw Error("rate-limited", "Too many cursor updates from this connection.");
        }
        var (person, _) = Caller();
        if (!JoinedSections.Contains(request.SectionId))
        {
            throw Error("not-joined", "Join the section first.");
        }
        if (request.Anchor < 0 || request.Head < 0 || request.Revision < 0)
        {
            throw Error("malformed", "Anchor, head and revision cannot be negative.");
        }
        await Guarded(() => sections.CheckAsync(person, request.SectionId));
        var selection = new Selection(request.Revision, request.Anchor, request.Head);
        presence.Move(request.SectionId, ParticipantId, selection);
        if (presence.Find(request.SectionId, ParticipantId) is { } me)
        {
            await Clients.OthersInGroup(Group(request.SectionId)).SendAsync("PresenceChanged", new PresenceChanged(request.SectionId, me));
        }
    }

    public async Task LeaveSection(Guid sectionId)
    {
        JoinedSections.Remove(sectionId);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, Group(sectionId));
        if (presence.Leave(sectionId, ParticipantId))
        {
            await Clients.Group(Group(sectionId)).SendAsync("PresenceLeft", new PresenceLeft(sectionId, ParticipantId));
        }
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var sectionId in JoinedSections.ToList())
        {
            if (presence.Leave(sectionId, ParticipantId))
            {
                await Clients.OthersInGroup(Group(sectionId)).SendAsync("PresenceLeft", new PresenceLeft(sectionId, ParticipantId));
            }
        }
        await base.OnDisconnectedAsync(exception);
    }

    internal static string Group(Guid sectionId) => $"minutes:{sectionId:N}";

    private static OperationApplied Applied(Guid sectionId, OperationRecord r, string authorName) =>
        new(sectionId, r.Revision, r.Operation, r.AuthorId, authorName, r.ClientId, r.ClientSeq);

    private static TextOperation ParseOperation(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Array)
        {
            throw Error("malformed", "Operation must be a JSON array such as [5, \"text\", -2].");
        }
        TextOperation operation;
        try
        {
            operation = TextOperation.Parse(json);
        }
        catch (Exception e) when (e is OperationRejectedException or JsonException or FormatException or InvalidOperationException)
        {
            throw Error("malformed", e.Message);
        }
        var inserted = operation.Components.Where(c => c.IsInsert).Sum(c => c.Text!.Length);
        if (inserted > MaxInsertLength)
        {
            throw Error("too-large", $"One edit may insert at most {MaxInsertLength:N0} characters; paste in parts.");
        }
        return operation;
    }

    private static HubException Error(string code, string message) => new($"{code}: {message}");

    private static async Task<T> Guarded<T>(Func<Task<T>> check)
    {
        try
        {
            return await check();
        }
        catch (MinutesAccessDeniedException e)
        {
            throw Error(e.Code, e.Message);
        }
    }

    private (PersonId Person, string Name) Caller()
    {
        var user = Context.User;
        if (!PersonId.TryParse(user?.FindFirst(BoardRoomClaims.PersonId)?.Value, out var person))
        {
            throw Error("forbidden", "Sign in to take part in the minutes.");
        }
        return (person, user!.FindFirst(BoardRoomClaims.FullName)?.Value ?? "Member");
    }

    private string ParticipantId => (string)(Context.Items["participant"] ??= Guid.NewGuid().ToString("N")[..12]);

    private HashSet<Guid> JoinedSections => (HashSet<Guid>)(Context.Items["sections"] ??= new HashSet<Guid>());

    private TokenBucket SubmitLimiter => (TokenBucket)(Context.Items["submit-limit"] ??=
        new TokenBucket(options.Value.SubmitBurst, options.Value.SubmitsPerSecond, time));

    private TokenBucket PresenceLimiter => (TokenBucket)(Context.Items["presence-limit"] ??=
        new TokenBucket(options.Value.PresenceBurst, options.Value.PresenceUpdatesPerSecond, time));
}
