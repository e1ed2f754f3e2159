using BoardRoom.Core.People;

namespace BoardRoom.App.Features.Access;

/// <summary>
/// Sends a signed-in person whom a board requires to use a second factor, and who has none yet, to the account page
/// to set one up: pages redirect there, everything else (circuits, the hub, APIs) is refused until they have.
/// </summary>
public static class TwoFactorEnrolmentGate
{
    public const string SetUpPath = "/account/security";

    private static readonly string[] OpenPrefixes = ["/account", "/forum", "/_framework", "/_content", "/dist", "/favicon", "/error", "/not-found"];

    public static IApplicationBuilder UseTwoFactorEnrolmentGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (context.User.Identity?.IsAuthenticated == true
            && !OpenPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
            && PersonId.TryParse(context.User.FindFirst(BoardRoomClaims.PersonId)?.Value, out var person)
            && await context.RequestServices.GetRequiredService<TwoFactorPolicy>().MustEnrolAsync(person))
        {
            if (HttpMethods.IsGet(context.Request.Method) && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal))
            {
                context.Response.Redirect($"{SetUpPath}?required=true");
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync("Set up two-factor sign-in first: your board requires it.");
            }
            return;
        }
        await next(context);
    });
}
