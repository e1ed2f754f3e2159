using System.Collections.Concurrent;
using System.Text.Json;
using BoardRoom.App.Features.Minutes.Protocol;
using BoardRoom.App.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// Who is in which section on every node, in Redis, so a joiner on node B sees the people typing on node A. Each
/// participant is a key that lives <see cref="MinutesOptions.PresenceLifetimeSeconds"/> and that its own node renews
/// every third of that; a section's set lists its participants. A node that dies stops renewing: its people's keys
/// expire, and the next sweep by any node still holding that section removes them and tells everyone
/// <c>PresenceLeft</c> (the node whose removal succeeded sends it, so it is sent once). Without Redis (one node) it
/// does nothing, and <see cref="PresenceRegistry"/> alone is the truth.
/// Redis is never waited for while it is away: writes are fire-and-forget, reads are skipped while disconnected, and
/// the renewal rewrites every local participant, so a restarted Redis is whole again within one renewal.
/// </summary>
public sealed class SharedPresence(SharedRedis? redis, IHubContext<MinutesHub> hub, IOptions<MinutesOptions> options, ILogger<SharedPresence> logger)
    : BackgroundService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<(Guid Section, string ParticipantId), Participant> _local = new();
    private IDatabase? _db;

    private TimeSpan Lifetime => TimeSpan.FromSeconds(Math.Max(1, options.Value.PresenceLifetimeSeconds));

    /// <summary>A participant of this node entered a section or moved their selection.</summary>
    public void Put(Guid sectionId, Participant participant)
    {
        if (redis is null)
        {
            return;
        }
        _local[(sectionId, participant.ParticipantId)] = participant;
        Write(sectionId, participant);
    }

    /// <summary>A participant of this node left a section.</summary>
    public void Remove(Guid sectionId, string participantId)
    {
        if (redis is null || !_local.TryRemove((sectionId, participantId), out _) || Connected() is not { } db)
        {
            return;
        }
        try
        {
            db.KeyDelete(ParticipantKey(sectionId, participantId), CommandFlags.FireAndForget);
            db.SetRemove(SectionKey(sectionId), participantId, CommandFlags.FireAndForget);
        }
        catch (RedisException e)
        {
            logger.LogDebug(e, "Presence removal not written; the key expires by itself.");
        }
    }

    /// <summary>The participants of a section on other nodes (those of this node are not included).</summary>
    public async Task<IReadOnlyList<Participant>> ElsewhereAsync(Guid sectionId)
    {
        if (redis is null || Connected() is not { } db)
        {
            return [];
        }
        try
        {
            var ids = (await db.SetMembersAsync(SectionKey(sectionId))).Select(v => (string)v!)
                .Where(id => !_local.ContainsKey((sectionId, id))).ToList();
            if (ids.Count == 0)
            {
                return [];
            }
            var values = await db.StringGetAsync(ids.Select(id => (RedisKey)ParticipantKey(sectionId, id)).ToArray());
            return values.Where(v => v.HasValue).Select(v => JsonSerializer.Deserialize<Participant>((string)v!, Json)!).ToList();
        }
        catch (Exception e) when (e is RedisException or TimeoutException or JsonException)
        {
            logger.LogWarning("Could not read who is in section {SectionId} on other nodes: {Reason}", sectionId, e.Message);
            return [];
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (redis is null)
        {
            return;
        }
        try
        {
            _db = (await redis.ConnectAsync()).GetDatabase();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogError(e, "Presence is not shared with the other nodes: Redis could not be set up.");
            return;
        }
        using var timer = new PeriodicTimer(Lifetime / 3);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RenewAndSweepAsync();
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                logger.LogWarning("Could not renew presence in Redis: {Reason}", e.Message);
            }
        }
    }

    /// <summary>Renews this node's participants, then clears the expired ones of every section it holds.</summary>
    private async Task RenewAndSweepAsync()
    {
        if (Connected() is not { } db)
        {
            return;
        }
        foreach (var ((sectionId, _), participant) in _local)
        {
            Write(sectionId, participant);
        }
        foreach (var sectionId in _local.Keys.Select(k => k.Section).Distinct().ToList())
        {
            var ids = (await db.SetMembersAsync(SectionKey(sectionId))).Select(v => (string)v!)
                .Where(id => !_local.ContainsKey((sectionId, id))).ToList();
            foreach (var id in ids)
            {
                if (!await db.KeyExistsAsync(ParticipantKey(sectionId, id)) && await db.SetRemoveAsync(SectionKey(sectionId), id))
                {
                    // Its node stopped renewing it (it died, or lost Redis for longer than the lifetime).
                    await hub.Clients.Group(MinutesHub.Group(sectionId)).SendAsync("PresenceLeft", new PresenceLeft(sectionId, id));
                }
            }
        }
    }

    private void Write(Guid sectionId, Participant participant)
    {
        if (Connected() is not { } db)
        {
            return;
        }
        try
        {
            db.StringSet(ParticipantKey(sectionId, participant.ParticipantId), JsonSerializer.Serialize(participant, Json), Lifetime, flags: CommandFlags.FireAndForget);
            db.SetAdd(SectionKey(sectionId), participant.ParticipantId, CommandFlags.FireAndForget);
            db.KeyExpire(SectionKey(sectionId), Lifetime * 4, CommandFlags.FireAndForget);
        }
        catch (RedisException e)
        {
            logger.LogDebug(e, "Presence not written; the next renewal writes it.");
        }
    }

    private IDatabase? Connected() => _db is { Multiplexer.IsConnected: true } db ? db : null;

    private static string SectionKey(Guid sectionId) => $"{SharedRedis.Prefix}:presence:{sectionId:N}";

    private static string ParticipantKey(Guid sectionId, string participantId) => $"{SharedRedis.Prefix}:presence:{sectionId:N}:{participantId}";
}
