using System.Security.Claims;
using BoardRoom.App.Features.Access;
using BoardRoom.Core.People;

namespace BoardRoom.App.Features.Minutes;

public static class MinutesEndpoints
{
    public sealed record PreviewRequest(string? Markdown);

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
            ReadAsync(user, person => history.TimelineAsync(person, sectionId, ct))).RequireAuthorization();
        endpoints.MapGet("/api/minutes/sections/{sectionId:guid}/history/{revision:long}", (Guid sectionId, long revision, ClaimsPrincipal user, MinutesHistory history, CancellationToken ct) =>
            revision < 0
                ? Task.FromResult(Results.Problem("A revision is a number from 0.", statusCode: StatusCodes.Status400BadRequest))
                : ReadAsync(user, person => history.VersionAsync(person, sectionId, revision, ct))).RequireAuthorization();
        return endpoints;
    }

    private static async Task<IResult> ReadAsync<T>(ClaimsPrincipal user, Func<PersonId, Task<T>> read)
    {
        if (!PersonId.TryParse(user.FindFirst(BoardRoomClaims.PersonId)?.Value, out var person))
        {
            return Results.Forbid();
        }
        // A refusal (MinutesAccessDeniedException) is answered 403/404 by RefusalExceptionHandler.
        return Results.Json(await read(person));
    }
}
