using BoardRoom.App.Data;
using BoardRoom.App.Features.Minutes.Protocol;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// Every <see cref="MinutesOptions.HeadIntervalSeconds"/>, tells the members of each section open on this node the op
/// log's head revision (one query for all of them, read from the database rather than this node's replica, which may
/// lag). Broadcasts between nodes are at most once; a lost one is noticed at once when a later edit arrives, and
/// otherwise here, within one interval.
/// </summary>
public sealed class MinutesHeadBeacon(
    MinutesDocuments documents,
    IDbContextFactory<BoardRoomDbContext> dbFactory,
    IHubContext<MinutesHub> hub,
    IOptions<MinutesOptions> options,
    ILogger<MinutesHeadBeacon> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.HeadIntervalSeconds;
        if (seconds <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await BeatAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database or a connection failed this time; the next beat tries again.
                logger.LogWarning("Could not send the minutes head revisions: {Reason}", e.Message);
            }
        }
    }

    /// <summary>One beat: every open section's head revision to its members on this node.</summary>
    public async Task BeatAsync(CancellationToken cancellationToken = default)
    {
        var open = documents.Members();
        if (open.Count == 0)
        {
            return;
        }
        var ids = open.Select(o => o.DocumentId).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var heads = await db.MinutesOperations.AsNoTracking()
            .Where(o => ids.Contains(o.DocumentId))
            .GroupBy(o => o.DocumentId)
            .Select(g => new { DocumentId = g.Key, Revision = g.Max(o => o.Revision) })
            .ToDictionaryAsync(h => h.DocumentId, h => h.Revision, cancellationToken);
        foreach (var (documentId, connectionIds) in open)
        {
            if (!heads.TryGetValue(documentId, out var revision))
            {
                continue;
            }
            var message = new HeadRevision(documentId, revision);
            foreach (var connectionId in connectionIds)
            {
                // One connection at a time: SignalR writes straight to a connection of this node (no backplane hop).
                await hub.Clients.Client(connectionId).SendAsync("Head", message, cancellationToken);
            }
        }
    }
}
