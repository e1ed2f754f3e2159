using System.Security.Claims;
using BoardRoom.App.Features.Access;
using BoardRoom.Core.Minutes.Records;
using BoardRoom.Core.People;

namespace BoardRoom.App.Features.Minutes;

public static class MinutesEndpoints
{
    public sealed record PreviewRequest(string? Markdown);

    public sealed record NewThread(long Revision, int Start, int End, string? Text);

    public sealed record NewReply(string? Text);

    public sealed record NewSuggestion(long Revision, int Start, int End, string? Text);

    public static IEndpointRouteBuilder MapMinutesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Every endpoint of the hub (negotiate and the connection itself, whatever the transport) checks the Origin first.
        endpoints.MapHub<MinutesHub>(MinutesHub.Path).Add(endpoint =>
        {
            var inner = endpoint.RequestDelegate ?? throw new InvalidOperationException("The hub endpoint has no request delegate.");
            endpoint.RequestDelegate = context =>
            {
                if (!context.RequestServices.GetRequiredService<HubOriginPolicy>().Allows(context.Request))
                {
                    // Answered here, not by the status-code pages (which would re-execute a page for the foreign caller).
                    context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>()?.Enabled = false;
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return context.Response.WriteAsync("This origin may not open the minutes hub.");
                }
                return inner(context);
            };
        });

        // The preview of the caller's own text: it reveals nothing they did not send, so signing in is the only check.
        endpoints.MapPost("/api/minutes/preview", (PreviewRequest request, MinutesPreview preview) =>
            (request.Markdown?.Length ?? 0) > MinutesPreview.MaxLength
                ? Results.Problem($"A section's minutes cannot exceed {MinutesPreview.MaxLength:N0} characters.", statusCode: StatusCodes.Status413PayloadTooLarge)
                : Results.Content(preview.Render(request.Markdown ?? string.Empty), "text/html; charset=utf-8"))
            .RequireAuthorization()
            .DisableAntiforgery();

        // A section's history: the timeline, and its text at a revision with who wrote what (MinutesHistory decides who may).
        endpoints.MapGet("/api/minutes/sections/{sectionId:guid}/history", (Guid sectionId, ClaimsPrincipal user, MinutesHistory history, CancellationToken ct) =>
            AnswerAsync(user, person => history.TimelineAsync(person, sectionId, ct))).RequireAuthorization();
        endpoints.MapGet("/api/minutes/sections/{sectionId:guid}/history/{revision:long}", (Guid sectionId, long revision, ClaimsPrincipal user, MinutesHistory history, CancellationToken ct) =>
            revision < 0
                ? Task.FromResult(Results.Problem("A revision is a number from 0.", statusCode: StatusCodes.Status400BadRequest))
                : AnswerAsync(user, person => history.VersionAsync(person, sectionId, revision, ct))).RequireAuthorization();

        // Review comments anchored to the text (MinutesComments decides who may read and who may take part).
        endpoints.MapGet("/api/minutes/sections/{sectionId:guid}/comments", (Guid sectionId, ClaimsPrincipal user, MinutesComments comments, CancellationToken ct) =>
            AnswerAsync(user, person => comments.ListAsync(person, sectionId, ct))).RequireAuthorization();
        var changes = endpoints.MapGroup("/api/minutes").RequireAuthorization().RequirePageToken();
        changes.MapPost("/sections/{sectionId:guid}/comments", (Guid sectionId, NewThread body, ClaimsPrincipal user, MinutesComments comments, CancellationToken ct) =>
            AnswerAsync(user, person => comments.OpenAsync(Actor(person, user), sectionId, body.Revision, body.Start, body.End, body.Text, ct)));
        changes.MapPost("/comments/{threadId:guid}/replies", (Guid threadId, NewReply body, ClaimsPrincipal user, MinutesComments comments, CancellationToken ct) =>
            ChangeAsync(user, person => comments.ReplyAsync(Actor(person, user), threadId, body.Text, ct)));
        changes.MapPost("/comments/{threadId:guid}/resolve", (Guid threadId, ClaimsPrincipal user, MinutesComments comments, CancellationToken ct) =>
            ChangeAsync(user, person => comments.ResolveAsync(Actor(person, user), threadId, ct)));
        changes.MapPost("/comments/{threadId:guid}/reopen", (Guid threadId, ClaimsPrincipal user, MinutesComments comments, CancellationToken ct) =>
            ChangeAsync(user, person => comments.ReopenAsync(Actor(person, user), threadId, ct)));

        // Suggested changes (MinutesSuggestions decides who may read, suggest, and accept or reject).
        endpoints.MapGet("/api/minutes/sections/{sectionId:guid}/suggestions", (Guid sectionId, ClaimsPrincipal user, MinutesSuggestions suggestions, CancellationToken ct) =>
            AnswerAsync(user, person => suggestions.ListAsync(person, sectionId, ct))).RequireAuthorization();
        changes.MapPost("/sections/{sectionId:guid}/suggestions", (Guid sectionId, NewSuggestion body, ClaimsPrincipal user, MinutesSuggestions suggestions, CancellationToken ct) =>
            AnswerAsync(user, person => suggestions.ProposeAsync(Actor(person, user), sectionId, body.Revision, body.Start, body.End, body.Text, ct)));
        changes.MapPost("/suggestions/{suggestionId:guid}/accept", (Guid suggestionId, ClaimsPrincipal user, MinutesSuggestions suggestions, CancellationToken ct) =>
            ChangeAsync(user, person => suggestions.AcceptAsync(Actor(person, user), suggestionId, ct)));
        changes.MapPost("/suggestions/{suggestionId:guid}/reject", (Guid suggestionId, ClaimsPrincipal user, MinutesSuggestions suggestions, CancellationToken ct) =>
            ChangeAsync(user, person => suggestions.RejectAsync(Actor(person, user), suggestionId, ct)));
        changes.MapPost("/suggestions/{suggestionId:guid}/withdraw", (Guid suggestionId, ClaimsPrincipal user, MinutesSuggestions suggestions, CancellationToken ct) =>
            ChangeAsync(user, person => suggestions.WithdrawAsync(Actor(person, user), suggestionId, ct)));
        return endpoints;
    }

    private static WorkflowActor Actor(PersonId person, ClaimsPrincipal user) =>
        new(person, user.FindFirst(BoardRoomClaims.FullName)?.Value ?? "Member");

    private static Task<IResult> ChangeAsync(ClaimsPrincipal user, Func<PersonId, Task> change) =>
        AnswerAsync(user, async person =>
        {
            await change(person);
            return new { ok = true };
        });

    private static async Task<IResult> AnswerAsync<T>(ClaimsPrincipal user, Func<PersonId, Task<T>> read)
    {
        if (!PersonId.TryParse(user.FindFirst(BoardRoomClaims.PersonId)?.Value, out var person))
        {
            return Results.Forbid();
        }
        // A refusal (MinutesAccessDeniedException) is answered 403/404 by RefusalExceptionHandler.
        return Results.Json(await read(person));
    }
}
