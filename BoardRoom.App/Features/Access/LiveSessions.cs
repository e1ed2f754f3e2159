using System.Collections.Concurrent;
using BoardRoom.Core.People;
using Microsoft.AspNetCore.SignalR;

namespace BoardRoom.App.Features.Access;

/// <summary>
/// The open SignalR connections (Blazor circuits and the minutes hub) of each person on this node, so that ending a
/// person's sessions closes their live connections at once instead of at their next call. With Redis, the node relay
/// (<c>RedisNodeRelay</c>) carries each ending to the other nodes, which close their own connections of the person.
/// </summary>
public sealed class LiveSessions
{
    /// <summary>Raised for every ending asked for on this node (not for those delivered from another node).</summary>
    public event Action<PersonId>? Ended;

    private readonly ConcurrentDictionary<PersonId, ConcurrentDictionary<string, HubCallerContext>> _byPerson = new();

    public void Add(PersonId person, HubCallerContext connection) =>
        _byPerson.GetOrAdd(person, _ => new ConcurrentDictionary<string, HubCallerContext>())[connection.ConnectionId] = connection;

    public void Remove(PersonId person, string connectionId)
    {
        if (_byPerson.TryGetValue(person, out var connections))
        {
            connections.TryRemove(connectionId, out _);
        }
    }

    public int CountFor(PersonId person) => _byPerson.TryGetValue(person, out var c) ? c.Count : 0;

    /// <summary>Closes every open connection of the person, on this node and (through the relay) on every other.</summary>
    public int EndAll(PersonId person)
    {
        var closed = EndHere(person);
        Ended?.Invoke(person);
        return closed;
    }

    /// <summary>Closes every open connection of the person on this node only.</summary>
    public int EndHere(PersonId person)
    {
        if (!_byPerson.TryRemove(person, out var connections))
        {
            return 0;
        }
        foreach (var connection in connections.Values)
        {
            connection.Abort();
        }
        return connections.Count;
    }

    /// <summary>
    /// Closes every connection on this node whose session is no longer current: after the link to the other nodes was
    /// down, an ending asked for elsewhere may have been missed.
    /// </summary>
    public async Task<int> EndStaleAsync(Func<System.Security.Claims.ClaimsPrincipal?, Task<bool>> isCurrent)
    {
        var closed = 0;
        foreach (var (person, connections) in _byPerson)
        {
            foreach (var connection in connections.Values)
            {
                if (!await isCurrent(connection.User))
                {
                    Remove(person, connection.ConnectionId);
                    connection.Abort();
                    closed++;
                }
            }
        }
        return closed;
    }
}
