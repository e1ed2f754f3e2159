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
        return endpoints;
    }
}
