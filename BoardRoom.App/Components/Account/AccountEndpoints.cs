using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace BoardRoom.App.Components.Account;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (HttpContext context, IAntiforgery antiforgery, SignInManager<ApplicationUser> signIn, LiveSessions sessions) =>
        {
            // A sign-out form without a valid token is refused: no cross-site sign-outs.
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest("The sign-out form has expired. Reload the page and try again.");
            }
            // A new security stamp ends every copy of this session's cookie and every live connection, not just this browser's.
            if (await signIn.UserManager.GetUserAsync(context.User) is { } user)
            {
                await signIn.UserManager.UpdateSecurityStampAsync(user);
                sessions.EndAll(user.PersonId);
            }
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).DisableAntiforgery();
        return endpoints;
    }
}
