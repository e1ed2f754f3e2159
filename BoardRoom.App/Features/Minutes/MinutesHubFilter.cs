using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// Wraps every call of the minutes hub. A call queued by a connection that has since closed does no work. The hub's
/// own refusals (<see cref="MinutesAccessDeniedException"/>) reach the client as <c>code: explanation</c>; they are
/// expected, so at most the first of each window is logged, as one warning line without a stack trace; and a
/// connection that keeps exceeding its rate limits within the window is closed.
/// </summary>
public sealed class MinutesHubFilter(IOptions<MinutesOptions> options, ILogger<MinutesHubFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocationContext);
        ArgumentNullException.ThrowIfNull(next);
        var context = invocationContext.Context;
        if (context.ConnectionAborted.IsCancellationRequested)
        {
            // Nobody is left to read the reply: a flood sent just before closing must not keep the server busy.
            return null;
        }
        try
        {
            return await next(invocationContext);
        }
        catch (MinutesAccessDeniedException refused)
        {
            Note(context, invocationContext.HubMethodName, refused);
            throw new HubException($"{refused.Code}: {refused.Message}");
        }
        catch (OperationCanceledException) when (context.ConnectionAborted.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception failure) when (failure is not HubException)
        {
            // A real failure. Logged here, with its stack trace, because SignalR's own log line for failed hub calls is
            // switched off (MinutesHubLogging): it cannot tell an expected refusal from a bug.
            logger.LogError(failure, "Minutes hub {Method} failed for connection {ConnectionId}.", invocationContext.HubMethodName, context.ConnectionId);
            throw;
        }
    }

    private void Note(HubCallerContext context, string method, MinutesAccessDeniedException refused)
    {
        if (context.Items[MinutesHub.ConnectionKey] is not MinutesConnection connection)
        {
            return;
        }
        var (log, disconnect) = connection.NoteRefusal(refused.Code);
        if (log)
        {
            logger.LogWarning(
                "Minutes hub refused {Method} from connection {ConnectionId} (person {PersonId}): {Code}: {Reason} Further refusals of this connection in the next {Window} s are not logged.",
                method, context.ConnectionId, connection.Person, refused.Code, refused.Message, options.Value.RefusalWindowSeconds);
        }
        if (disconnect)
        {
            logger.LogInformation("Minutes hub closed connection {ConnectionId} (person {PersonId}): it kept exceeding its rate limits.", context.ConnectionId, connection.Person);
            context.Abort();
        }
    }
}
