namespace BoardRoom.App.Features.Minutes;

public static class MinutesEndpoints
{
    public sealed record PreviewRequest(string? Markdown);

    public static IEndpointRouteBuilder MapMinutesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<MinutesHub>(MinutesHub.Path);

        // The preview of the caller's own text: it reveals nothing they did not send, so signing in is the only check.
        endpoints.MapPost("/api/minutes/preview", (PreviewRequest request, MinutesPreview preview) =>
            (request.Markdown?.Length ?? 0) > MinutesPreview.MaxLength
                ? Results.Problem($"A section's minutes cannot exceed {MinutesPreview.MaxLength:N0} characters.", statusCode: StatusCodes.Status413PayloadTooLarge)
                : Results.Content(preview.Render(request.Markdown ?? string.Empty), "text/html; charset=utf-8"))
            .RequireAuthorization()
            .DisableAntiforgery();
        return endpoints;
    }
}
