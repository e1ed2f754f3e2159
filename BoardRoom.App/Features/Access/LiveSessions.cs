using System.Collections.Concurrent;
using BoardRoom.Core.People;
using Microsoft.AspNetCore.SignalR;

namespace BoardRoom.App.Features.Access;

/// <summary>
/// The open SignalR connections (Blazor circuits and the minutes hub) of each person on this node, so that ending a
/// person's sessions closes their live connections at once instead of at their next call.
/// </summary>
public sealed class LiveSessions
{
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

    /// <summary>Closes every open connection of the person on this node.</summary>
    public int EndAll(PersonId person)
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
}
