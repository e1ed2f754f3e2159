using System.Globalization;
using System.Security.Claims;
using BoardRoom.App.Features.Access;
using BoardRoom.Core.People;

namespace BoardRoom.App.Features.Calendar;

public static class CalendarEndpoints
{
    /// <summary>GET /calendar/boards/{slug}.ics (members, by cookie) and GET /calendar/feed/{token}.ics (personal token).</summary>
    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/calendar/boards/{slug}.ics", async (string slug, ClaimsPrincipal user, CalendarFeedBuilder feeds, HttpContext http) =>
        {
            if (!PersonId.TryParse(user.FindFirst(BoardRoomClaims.PersonId)?.Value, out var personId))
            {
                return Results.Forbid();
            }
            return Serve(http, await feeds.ForBoardAsync(personId, slug, BaseAddress(http)));
        }).RequireAuthorization();

        endpoints.MapGet("/calendar/feed/{token}.ics", async (string token, CalendarFeedBuilder feeds, HttpContext http) =>
        {
            // A token in a URL ends up in logs and proxies' caches: do not let shared caches keep the feed.
            http.Response.Headers.CacheControl = "private, max-age=300";
            http.Response.Headers["Referrer-Policy"] = "no-referrer";
            return Serve(http, await feeds.ForTokenAsync(token, BaseAddress(http)));
        }).AllowAnonymous();
        return endpoints;
    }

    private static Uri BaseAddress(HttpContext http) => new($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/");

    private static IResult Serve(HttpContext http, Access<CalendarFeedBuilder.Feed> access)
    {
        if (!access.IsAllowed)
        {
            return Results.Problem(access.Message, statusCode: access.Outcome == AccessOutcome.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden);
        }
        var feed = access.Value!;
        http.Response.Headers.ETag = feed.ETag;
        http.Response.Headers.LastModified = feed.LastModified.ToString("R", CultureInfo.InvariantCulture);
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == feed.ETag)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return Results.Text(feed.Text, "text/calendar; charset=utf-8");
    }
}
