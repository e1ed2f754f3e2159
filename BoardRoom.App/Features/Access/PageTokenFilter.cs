using Microsoft.AspNetCore.Antiforgery;

namespace BoardRoom.App.Features.Access;

/// <summary>
/// JSON posts from a page's script (the minutes editor's captures and comments) carry the page's antiforgery token in
/// the <c>RequestVerificationToken</c> header: without a valid one the request changes nothing, so no other site can
/// make a signed-in browser post. Endpoints under it let refusals through to RefusalExceptionHandler.
/// </summary>
public static class PageTokenFilter
{
    public const string Expired = "The page has expired; reload it and try again.";

    public static TBuilder RequirePageToken<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
            {
                return Results.Problem(Expired, statusCode: StatusCodes.Status400BadRequest);
            }
            return await next(context);
        }).DisableAntiforgery();
}
