using BoardRoom.Core.People;
using Microsoft.AspNetCore.SignalR;

namespace BoardRoom.App.Features.Access;

/// <summary>
/// For every hub (Blazor's circuits and the minutes hub): a connection whose session has ended (see
/// <see cref="SessionStamps"/>) is refused at connect and closed at its next call; open connections are listed in
/// <see cref="LiveSessions"/> so they can be closed at once.
/// </summary>
public sealed class SessionValidationHubFilter(SessionStamps stamps, LiveSessions sessions) : IHubFilter
{
    public const string SessionEnded = "session-ended";

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
        var user = invocationContext.Context.User;
        if (user?.Identity?.IsAuthenticated == true && !await stamps.IsCurrentAsync(user))
        {
            invocationContext.Context.Abort();
            throw new HubException($"{SessionEnded}: This session has ended. Sign in again.");
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
