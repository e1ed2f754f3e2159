using BoardRoom.Core.People;
using Microsoft.AspNetCore.SignalR;

namespace BoardRoom.App.Features.Access;

/// <summary>
/// For every hub (Blazor's circuits and the minutes hub): a connection whose session has ended (see
/// <see cref="SessionStamps"/>) is refused at connect and closed at its next call; open connections are listed in
/// <see cref="LiveSessions"/> so they can be closed at once.
/// </summary>
public sealed class SessionValidationHubFilter(SessionStamps stamps, LiveSessions sessions, TimeProvider clock) : IHubFilter
{
    public const string SessionEnded = "session-ended";

    /// <summary>
    /// How long a call trusts the connection's last stamp check. Ending a session closes its connections on this node
    /// at once (<see cref="LiveSessions"/>); the re-check is the backstop for other nodes, and checking on every one of
    /// a typist's calls cost a database read per keystroke.
    /// </summary>
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(5);

    private const string CheckedAtKey = "boardroom:stamp-checked-at";

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var user = context.Context.User;
        if (user?.Identity?.IsAuthenticated == true)
        {
            if (!await stamps.IsCurrentAsync(user))
            {
                context.Context.Abort();
                throw new HubException($"{SessionEnded}: This session has ended. Sign in again.");
            }
            if (PersonOf(context.Context) is { } person)
            {
                sessions.Add(person, context.Context);
            }
        }
        await next(context);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var connection = invocationContext.Context;
        var now = clock.GetUtcNow();
        if (connection.User?.Identity?.IsAuthenticated == true
            && !(connection.Items.TryGetValue(CheckedAtKey, out var at) && at is DateTimeOffset checkedAt && now - checkedAt < RecheckAfter))
        {
            if (!await stamps.IsCurrentAsync(connection.User))
            {
                connection.Abort();
                throw new HubException($"{SessionEnded}: This session has ended. Sign in again.");
            }
            connection.Items[CheckedAtKey] = now;
        }
        return await next(invocationContext);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (PersonOf(context.Context) is { } person)
        {
            sessions.Remove(person, context.Context.ConnectionId);
        }
        await next(context, exception);
    }

    private static PersonId? PersonOf(HubCallerContext context) =>
        PersonId.TryParse(context.User?.FindFirst(BoardRoomClaims.PersonId)?.Value, out var id) ? id : null;
}
