using BoardRoom.App.Data;
using BoardRoom.App.Features.MeetingRun;
using BoardRoom.App.Features.Minutes.Protocol;
using BoardRoom.Core.Boards;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// Re-checks every open minutes connection of a board at once, after a change of role, membership or an item's
/// classification has been saved: a connection that may no longer read a section leaves its group and its presence,
/// and is sent <c>AccessRevoked</c>. (Hub calls re-check on their own; this is for what a connection only receives.)
/// Open meeting pages re-read too, through their own access checks, so a member made observer stops seeing reserved
/// items at once. With Redis, the node relay (<c>RedisNodeRelay</c>) asks every other node to do the same.
/// </summary>
public sealed class MinutesAccessRevalidator(MinutesSections sections, MeetingLiveNotifier meetings,
    IDbContextFactory<BoardRoomDbContext> dbFactory, IServiceProvider services, ILogger<MinutesAccessRevalidator> logger)
{
    /// <summary>Raised for every re-check asked for on this node (not for those delivered from another node).</summary>
    public event Action<BoardId>? Requested;

    /// <summary>Re-checks the board's open connections and pages on this node and, through the relay, on every other.</summary>
    public async Task RevalidateBoardAsync(BoardId boardId, CancellationToken cancellationToken = default)
    {
        await RevalidateHereAsync(boardId, cancellationToken);
        Requested?.Invoke(boardId);
    }

    /// <summary>Re-checks the board's open connections and pages on this node only.</summary>
    public async Task RevalidateHereAsync(BoardId boardId, CancellationToken cancellationToken = default)
    {
        // The open pages of this board's meetings re-read; the notifier knows meetings, not boards, so ask which.
        var open = meetings.OpenMeetings;
        if (open.Count > 0)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            foreach (var meetingId in await db.Meetings.AsNoTracking().Where(m => m.BoardId == boardId && open.Contains(m.Id)).Select(m => m.Id).ToListAsync(cancellationToken))
            {
                meetings.Deliver(meetingId);
            }
        }
        await RevalidateAsync(board => board == boardId, cancellationToken);
    }

    /// <summary>
    /// Re-checks every open connection and page on this node: after the link to the other nodes was down, a change
    /// made elsewhere may have been missed.
    /// </summary>
    public Task RevalidateEverythingHereAsync(CancellationToken cancellationToken = default)
    {
        meetings.DeliverToEveryone();
        return RevalidateAsync(_ => true, cancellationToken);
    }

    private async Task RevalidateAsync(Func<BoardId, bool> affects, CancellationToken cancellationToken)
    {
        // Resolved here rather than injected: the feature services that call this are also used where the live-minutes
        // hub is not hosted (service tests, tools), and there nothing is open to re-check.
        if (services.GetService<MinutesConnections>() is not { } connections
            || services.GetService<IHubContext<MinutesHub>>() is not { } hub
            || services.GetService<PresenceRegistry>() is not { } presence
            || services.GetService<MinutesDocuments>() is not { } documents)
        {
            return;
        }
        connections.Changed();
        foreach (var connection in connections.All)
        {
            foreach (var (sectionId, board) in connection.Sections)
            {
                if (!affects(board))
                {
                    continue;
                }
                try
                {
                    await sections.CheckAsync(connection.Person, sectionId, cancellationToken);
                }
                catch (MinutesAccessDeniedException denied)
                {
                    logger.LogInformation("Minutes section {SectionId} closed to connection {ConnectionId}: {Code}.", sectionId, connection.ConnectionId, denied.Code);
                    await RevokeAsync(hub, presence, documents, connection, sectionId, denied);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The change itself is saved; one failed check must not fail it or stop the others. That
                    // connection's next hub call checks again.
                    logger.LogError(e, "Could not re-check minutes section {SectionId} for connection {ConnectionId}.", sectionId, connection.ConnectionId);
                }
            }
        }
    }

    private static async Task RevokeAsync(IHubContext<MinutesHub> hub, PresenceRegistry presence, MinutesDocuments documents,
        MinutesConnection connection, Guid sectionId, MinutesAccessDeniedException denied)
    {
        if (!connection.Sections.TryRemove(sectionId, out _))
        {
            return;
        }
        documents.Leave(sectionId, connection.ConnectionId);
        var group = MinutesHub.Group(sectionId);
        await hub.Groups.RemoveFromGroupAsync(connection.ConnectionId, group);
        if (presence.Leave(sectionId, connection.ParticipantId))
        {
            await hub.Clients.Group(group).SendAsync("PresenceLeft", new PresenceLeft(sectionId, connection.ParticipantId));
        }
        await hub.Clients.Client(connection.ConnectionId).SendAsync("AccessRevoked", new AccessRevoked(sectionId, denied.Code, denied.Message));
    }
}
