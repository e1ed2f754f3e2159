using System.Text.Json;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Minutes.Protocol;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Sequencing;
using BoardRoom.Core.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using static BoardRoom.App.Features.Minutes.HubErrorCodes;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// Live minutes over SignalR (docs/collaboration-protocol.md). Every call re-checks on the server that the caller is
/// a member of the section's board allowed to do it, and that the section is not locked. State-changing messages of a
/// document are sent under its one lock (<see cref="DocumentSequencer.LockAsync"/>), so each connection receives them
/// in revision order. Refusals are thrown as
/// <see cref="MinutesAccessDeniedException"/>; <see cref="MinutesHubFilter"/> turns them into the client's error.
/// </summary>
[Authorize]
public sealed class MinutesHub(
    MinutesDocuments documents,
    MinutesSections sections,
    PresenceRegistry presence,
    MinutesConnections connections,
    MinutesBroadcaster broadcaster,
    TimeProvider time,
    IOptions<MinutesOptions> options,
    ILogger<MinutesHub> logger) : Hub
{
    public const string Path = "/hubs/minutes";

    /// <summary>Largest document a section may grow to, in UTF-16 code units.</summary>
    public const int MaxDocumentLength = 500_000;

    /// <summary>Most characters one operation may insert.</summary>
    public const int MaxInsertLength = 20_000;

    internal const string ConnectionKey = "minutes-connection";

    // Arguments arrive as raw JSON and are bound here, so that a null or wrongly typed argument is refused as
    // `malformed` like any other bad request (SignalR's own binding failure carries no code). Strict: no numbers in strings.
    private static readonly JsonSerializerOptions ArgumentOptions = new() { PropertyNameCaseInsensitive = true };

    public override Task OnConnectedAsync()
    {
        if (!PersonId.TryParse(Context.User?.FindFirst(BoardRoomClaims.PersonId)?.Value, out var person))
        {
            Context.Abort();
            return Task.CompletedTask;
        }
        var connection = new MinutesConnection(Context.ConnectionId, person, Guid.NewGuid().ToString("N")[..12], options.Value, time);
        Context.Items[ConnectionKey] = connection;
        connections.Add(connection);
        return base.OnConnectedAsync();
    }

    public async Task JoinSection(JsonElement argument)
    {
        var request = Parse<JoinRequest>(argument);
        var me = Me;
        if (!me.Joins.TryTake())
        {
            throw Error(RateLimited, "Too many joins at once from this connection. Slow down and join again.");
        }
        if (request.SectionId == Guid.Empty || request.KnownRevision is < 0)
        {
            throw Error(Malformed, "A join needs a section id, and KnownRevision cannot be negative.");
        }
        var (person, name) = Caller();
        var version = connections.Version;
        var access = await sections.CheckAsync(person, request.SectionId, Aborted);
        documents.Enter(request.SectionId, Context.ConnectionId);
        var joined = false;
        try
        {
            await JoinAsync(request, me, person, name, version, access);
            joined = true;
        }
        finally
        {
            if (!joined && !me.Sections.ContainsKey(request.SectionId))
            {
                documents.Leave(request.SectionId, Context.ConnectionId);
            }
        }
    }

    private async Task JoinAsync(JoinRequest request, MinutesConnection me, PersonId person, string name, long version, SectionAccess access)
    {
        var sequencer = await documents.GetAsync(request.SectionId);
        Task presenceSent;
        using (var doc = await sequencer.LockAsync(Aborted))
        {
            // Another server may have sequenced revisions this replica has not read: a joiner gets the current text.
            await doc.RefreshAsync(Aborted);
            var state = doc.State;
            var missed = request.KnownRevision is { } known ? await CatchUpAsync(doc, request.SectionId, known, state.Revision, request.Pending) : null;
            var more = missed is { Count: > 0 } && missed[^1].Revision < state.Revision;

            // Listed before the re-check, so a revalidation that runs from here on sees this section and revokes it.
            me.Sections[request.SectionId] = access.Section.BoardId;
            if (connections.Version != version)
            {
                // A role, seat or classification changed while this join was being checked: check again.
                try
                {
                    access = await sections.CheckAsync(person, request.SectionId, Aborted);
                }
                catch (MinutesAccessDeniedException)
                {
                    me.Sections.TryRemove(request.SectionId, out _);
                    throw;
                }
            }
            var you = new Participant(me.ParticipantId, person.ToString(), name, PresenceRegistry.ColourFor(person.ToString()), access.CanEdit, null);
            var others = (await presence.EveryoneInAsync(request.SectionId, state.Revision)).Where(p => p.ParticipantId != me.ParticipantId).ToList();
            await Groups.AddToGroupAsync(Context.ConnectionId, Group(request.SectionId));
            presence.Enter(request.SectionId, you);
            if (!me.Sections.ContainsKey(request.SectionId))
            {
                // Revoked while joining: undo, and say so.
                await Groups.RemoveFromGroupAsync(Context.ConnectionId, Group(request.SectionId));
                presence.Leave(request.SectionId, me.ParticipantId);
                throw Error(Forbidden, "Your access to these minutes changed while you were joining.");
            }
            await Clients.Caller.SendAsync("Joined", new Joined(request.SectionId, more ? missed![^1].Revision : state.Revision,
                missed is null ? state.Text : null, missed, access.CanEdit, access.ReadOnlyReason, you, others, more));
            presenceSent = broadcaster.ToOthersAsync(request.SectionId, Context.ConnectionId, "PresenceChanged", new PresenceChanged(request.SectionId, you));
        }
        await presenceSent;
    }

    public async Task Submit(JsonElement argument)
    {
        var request = Parse<SubmitRequest>(argument);
        var me = Me;
        if (!me.Submits.TryTake())
        {
            throw Error(RateLimited, "Too many edits at once from this connection; they were not applied. Slow down and re-send.");
        }
        var (person, name) = Caller();
        if (!me.Sections.ContainsKey(request.SectionId))
        {
            throw Error(NotJoined, "Join the section before editing it.");
        }
        if (string.IsNullOrWhiteSpace(request.ClientId) || request.ClientId.Length > 64)
        {
            throw Error(Malformed, "ClientId must be 1 to 64 characters.");
        }
        if (request.ClientSeq < 0 || request.BaseRevision < 0)
        {
            throw Error(Malformed, "ClientSeq and BaseRevision cannot be negative.");
        }
        var operation = ParseOperation(request.Operation);
        var access = await sections.CheckAsync(person, request.SectionId, Aborted);
        if (!access.CanEdit)
        {
            throw Error(access.ReadOnlyCode ?? ReadOnly, access.ReadOnlyReason ?? "You may not edit these minutes.");
        }
        if (operation.TargetLength > MaxDocumentLength)
        {
            throw Error(TooLarge, $"The minutes of one item cannot exceed {MaxDocumentLength:N0} characters.");
        }

        var sequencer = await documents.GetAsync(request.SectionId);
        // Stored through the document's queue (edits that arrive while others are being stored are committed together)
        // and sent through the section's queue, which the callback fills under the document's one lock: so every
        // connection receives the edits in revision order, and the lock is not held while they are written.
        var sent = Task.CompletedTask;
        var submission = new Submission(request.ClientId, request.ClientSeq, request.BaseRevision, operation, person.ToString());
        try
        {
            await sequencer.SubmitQueuedAsync(submission, result =>
            {
                if (result.IsDuplicate)
                {
                    sent = broadcaster.ToConnectionAsync(request.SectionId, Context.ConnectionId, "Acknowledged",
                        new Acknowledged(request.SectionId, request.ClientId, request.ClientSeq, result.Revision, true));
                    return;
                }
                presence.Transform(request.SectionId, result.Revision, result.Operation, me.ParticipantId);
                // The edit is stored: its author hears so, and the others receive it. A broadcast lost on the way (the
                // backplane down) is not the author's failure; the others see a gap in the revisions and rejoin to fill it.
                sent = broadcaster.EditAsync(
                    new OperationApplied(request.SectionId, result.Revision, result.Operation, person.ToString(), name, request.ClientId, request.ClientSeq),
                    Context.ConnectionId, new Acknowledged(request.SectionId, request.ClientId, request.ClientSeq, result.Revision, false));
            });
        }
        catch (OperationRejectedException e) when (e.Reason == OperationRejectionReason.RevisionOutOfRange)
        {
            // Ahead even after reading what other servers appended (a negative one was refused above).
            throw Error(BadRevision, $"BaseRevision {request.BaseRevision} is ahead of the server's {sequencer.Revision}.");
        }
        catch (OperationRejectedException e)
        {
            throw Error(Rejected, e.Message);
        }
        catch (ConflictingSubmissionException e) when (e.ByAnotherAuthor)
        {
            throw Error(ClientIdTaken, "That ClientId and ClientSeq belong to someone else's edit; nothing was stored. Choose a new random ClientId and re-send.");
        }
        catch (ConflictingSubmissionException)
        {
            throw Error(ConflictingResend, "You sent a different edit under this ClientId and ClientSeq before; nothing was stored. Rejoin afresh.");
        }
        catch (RevisionConflictException)
        {
            throw Error(Busy, "The document is very busy; the edit was not applied. Re-send it.");
        }
        // The call completes once the acknowledgement is written, as it did when it was written under the lock.
        await sent;
    }

    public async Task UpdatePresence(JsonElement argument)
    {
        var request = Parse<PresenceRequest>(argument);
        var me = Me;
        if (!me.PresenceUpdates.TryTake())
        {
            throw Error(RateLimited, "Too many cursor updates from this connection.");
        }
        var (person, _) = Caller();
        if (!me.Sections.ContainsKey(request.SectionId))
        {
            throw Error(NotJoined, "Join the section first.");
        }
        if (request.Anchor < 0 || request.Head < 0 || request.Revision < 0)
        {
            throw Error(Malformed, "Anchor, head and revision cannot be negative.");
        }
        await sections.CheckAsync(person, request.SectionId, Aborted);
        var sequencer = await documents.GetAsync(request.SectionId);
        var sent = Task.CompletedTask;
        using (var doc = await sequencer.LockAsync(Aborted))
        {
            if (request.Revision > doc.Revision)
            {
                await doc.RefreshAsync();
            }
            var state = doc.State;
            var selection = await ValidSelectionAsync(doc, state, request);
            presence.Move(request.SectionId, me.ParticipantId, selection);
            if (presence.Find(request.SectionId, me.ParticipantId) is { } moved)
            {
                // In the section's queue, so the cursor reaches the others after the edits it was placed among.
                sent = broadcaster.ToOthersAsync(request.SectionId, Context.ConnectionId, "PresenceChanged", new PresenceChanged(request.SectionId, moved));
            }
        }
        await sent;
    }

    public async Task LeaveSection(JsonElement argument)
    {
        var sectionId = Parse<Guid>(argument);
        var me = Me;
        if (me.Sections.TryRemove(sectionId, out _))
        {
            documents.Leave(sectionId, Context.ConnectionId);
        }
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, Group(sectionId));
        if (presence.Leave(sectionId, me.ParticipantId))
        {
            await Clients.Group(Group(sectionId)).SendAsync("PresenceLeft", new PresenceLeft(sectionId, me.ParticipantId));
        }
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Remove(Context.ConnectionId);
        if (Context.Items[ConnectionKey] is MinutesConnection me)
        {
            foreach (var sectionId in me.Sections.Keys)
            {
                documents.Leave(sectionId, Context.ConnectionId);
                if (presence.Leave(sectionId, me.ParticipantId))
                {
                    await ToOthersAsync(sectionId, "PresenceLeft", new PresenceLeft(sectionId, me.ParticipantId));
                }
            }
        }
        await base.OnDisconnectedAsync(exception);
    }

    internal static string Group(Guid sectionId) => $"minutes:{sectionId:N}";

    private async Task ToOthersAsync(Guid sectionId, string method, object message)
    {
        try
        {
            await Clients.OthersInGroup(Group(sectionId)).SendAsync(method, message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Could not send {Method} of section {SectionId} to the others (they rejoin on the gap): {Reason}", method, sectionId, e.Message);
        }
    }

    /// <summary>
    /// The operations after <paramref name="known"/>, or null when they are too many or too large to be worth sending:
    /// then the whole text is the reply (a replica that far behind is better rebuilt than replayed). A client holding
    /// unacknowledged edits (<paramref name="pending"/>) needs the operations to rebase them, so it gets the first page
    /// of them instead, and joins again from its end.
    /// </summary>
    private async Task<IReadOnlyList<OperationApplied>?> CatchUpAsync(DocumentLock doc, Guid sectionId, long known, long head, bool pending)
    {
        if (known > head)
        {
            throw Error(BadRevision, $"Revision {known} is ahead of the server's {head}; join afresh without KnownRevision.");
        }
        var limits = options.Value;
        if (head - known > limits.CatchUpMaxOperations && !pending)
        {
            return null;
        }
        var records = new List<OperationRecord>();
        var weight = 0L;
        foreach (var r in await doc.OperationsSinceAsync(known, Aborted))
        {
            if (r.Revision > head)
            {
                break;
            }
            weight += r.Operation.Components.Count + r.Operation.Components.Where(c => c.IsInsert).Sum(c => c.Text!.Length);
            if (records.Count >= limits.CatchUpMaxOperations || (weight > limits.CatchUpMaxCharacters && records.Count > 0))
            {
                if (!pending)
                {
                    return null;
                }
                break;
            }
            records.Add(r);
        }
        var names = await sections.NamesAsync(records.Select(r => r.AuthorId), Aborted);
        return records.Select(r => new OperationApplied(sectionId, r.Revision, r.Operation, r.AuthorId, names.GetValueOrDefault(r.AuthorId, "Member"), r.ClientId, r.ClientSeq)).ToList();
    }

    /// <summary>
    /// The request's selection carried to the head revision, refused as malformed when its revision is ahead of the
    /// server, or an end lies past the end of the text or between the two halves of a surrogate pair.
    /// </summary>
    private static async Task<Selection> ValidSelectionAsync(DocumentLock doc, DocumentState state, PresenceRequest request)
    {
        if (request.Revision > state.Revision)
        {
            throw Error(Malformed, $"Revision {request.Revision} is ahead of the server's {state.Revision}.");
        }
        var (anchor, head) = (request.Anchor, request.Head);
        if (request.Revision < state.Revision)
        {
            var since = (await doc.OperationsSinceAsync(request.Revision)).Where(r => r.Revision <= state.Revision).ToList();
            if (since.Count == 0 || since[0].Revision != request.Revision + 1)
            {
                throw Error(Malformed, $"Revision {request.Revision} is not one this server can place a cursor in.");
            }
            if (anchor > since[0].Operation.BaseLength || head > since[0].Operation.BaseLength)
            {
                throw Error(Malformed, "The cursor is past the end of the text.");
            }
            foreach (var record in since)
            {
                (anchor, head) = record.Operation.TransformSelection(anchor, head);
            }
        }
        var text = state.Text;
        if (anchor > text.Length || head > text.Length)
        {
            throw Error(Malformed, "The cursor is past the end of the text.");
        }
        if (SplitsSurrogatePair(text, anchor) || SplitsSurrogatePair(text, head))
        {
            throw Error(Malformed, "The cursor is inside a character (between the halves of a surrogate pair).");
        }
        return new Selection(state.Revision, anchor, head);
    }

    private static bool SplitsSurrogatePair(string text, int at) =>
        at > 0 && at < text.Length && char.IsHighSurrogate(text[at - 1]) && char.IsLowSurrogate(text[at]);

    private static T Parse<T>(JsonElement argument)
    {
        if (argument.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            throw Error(Malformed, $"The call needs its argument (a {typeof(T).Name}).");
        }
        try
        {
            return argument.Deserialize<T>(ArgumentOptions) ?? throw Error(Malformed, $"The call needs its argument (a {typeof(T).Name}).");
        }
        catch (JsonException e)
        {
            throw Error(Malformed, $"The argument is not a well-formed {typeof(T).Name}: {e.Message}");
        }
    }

    private static TextOperation ParseOperation(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Array)
        {
            throw Error(Malformed, "Operation must be a JSON array such as [5, \"text\", -2].");
        }
        TextOperation operation;
        try
        {
            operation = TextOperation.Parse(json);
        }
        catch (Exception e) when (e is OperationRejectedException or JsonException or FormatException or InvalidOperationException)
        {
            throw Error(Malformed, e.Message);
        }
        var inserted = operation.Components.Where(c => c.IsInsert).Sum(c => c.Text!.Length);
        if (inserted > MaxInsertLength)
        {
            throw Error(TooLarge, $"One edit may insert at most {MaxInsertLength:N0} characters; paste in parts.");
        }
        return operation;
    }

    private static MinutesAccessDeniedException Error(string code, string message) => new(code, message);

    private CancellationToken Aborted => Context.ConnectionAborted;

    private MinutesConnection Me =>
        Context.Items[ConnectionKey] as MinutesConnection ?? throw Error(Forbidden, "Sign in to take part in the minutes.");

    private (PersonId Person, string Name) Caller()
    {
        var user = Context.User;
        if (!PersonId.TryParse(user?.FindFirst(BoardRoomClaims.PersonId)?.Value, out var person))
        {
            throw Error(Forbidden, "Sign in to take part in the minutes.");
        }
        return (person, user!.FindFirst(BoardRoomClaims.FullName)?.Value ?? "Member");
    }
}
