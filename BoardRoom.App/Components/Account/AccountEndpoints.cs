using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace BoardRoom.App.Components.Account;

public static class AccountEndpoints
{
    public const string PasskeyCreationOptionsPath = "/account/passkeys/creation-options";
    public const string PasskeyRequestOptionsPath = "/account/passkeys/request-options";

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

        // Passkeys (WebAuthn): the options the browser needs to make a passkey for the signed-in account, or to use one to
        // sign in. The state of each ceremony is kept by Identity in a short-lived cookie; the page posts the browser's
        // answer back in a form (AccountSecurity, Login). Both need the page's antiforgery token (header
        // RequestVerificationToken), so another site cannot start a ceremony in the person's name.
        endpoints.MapPost(PasskeyCreationOptionsPath, async (HttpContext context, IAntiforgery antiforgery, SignInManager<ApplicationUser> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest("The page has expired. Reload it and try again.");
            }
            if (await signIn.UserManager.GetUserAsync(context.User) is not { } user)
            {
                return Results.Unauthorized();
            }
            var name = user.Email ?? user.UserName ?? "BoardRoom";
            var options = await signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity { Id = user.Id, Name = name, DisplayName = name });
            return Results.Content(options, "application/json");
        }).RequireAuthorization().DisableAntiforgery();
        endpoints.MapPost(PasskeyRequestOptionsPath, async (HttpContext context, IAntiforgery antiforgery, SignInManager<ApplicationUser> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest("The page has expired. Reload it and try again.");
            }
            // No email asked for: the browser offers the passkeys it holds for this site, so the answer says nothing about
            // which accounts exist.
            return Results.Content(await signIn.MakePasskeyRequestOptionsAsync(null), "application/json");
        }).AllowAnonymous().DisableAntiforgery();
        return endpoints;
    }
}
