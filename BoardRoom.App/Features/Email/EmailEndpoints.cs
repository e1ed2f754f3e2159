using BoardRoom.Core.Notifications;

namespace BoardRoom.App.Features.Email;

/// <summary>
/// RFC 8058 one-click unsubscribe: mail software POSTs "List-Unsubscribe=One-Click" to the address in the
/// List-Unsubscribe header. The signed token is the credential, so no sign-in or antiforgery token is asked for.
/// People who follow the link in the message get the page at <see cref="UnsubscribeTokens.Path"/> instead.
/// </summary>
public static class EmailEndpoints
{
    public static IEndpointRouteBuilder MapEmailEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(UnsubscribeTokens.OneClickPath, async (string? token, Unsubscriptions unsubscriptions, CancellationToken cancellationToken) =>
            await unsubscriptions.UnsubscribeAsync(token, cancellationToken) is { } kind
                ? Results.Text($"Unsubscribed from {kind.Describe()} emails.")
                : Results.Problem("This unsubscribe link is not genuine or is incomplete.", statusCode: StatusCodes.Status404NotFound))
            .AllowAnonymous()
            .DisableAntiforgery();
        endpoints.MapPost(Forum.ForumSubscriptions.OneClickPath, async (string? token, Forum.ForumSubscriptions subscriptions, CancellationToken cancellationToken) =>
            await subscriptions.UnsubscribeAsync(token, cancellationToken) is { } board
                ? Results.Text($"Unsubscribed from {board}'s minutes.")
                : Results.Problem("This unsubscribe link is not genuine or is incomplete.", statusCode: StatusCodes.Status404NotFound))
            .AllowAnonymous()
            .DisableAntiforgery();
        return endpoints;
    }
}
