using System.Security.Claims;
using BoardRoom.App.Data;
using BoardRoom.Core.People;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BoardRoom.App.Features.Access;

/// <summary>
/// Whether a signed-in principal's session is still the account's current one: its security-stamp claim must equal
/// the account's stamp in the database. Signing out, changing a password, and leaving every board change the stamp,
/// which ends every copy of the cookie at its next request and every live connection at its next call (and at once,
/// through <see cref="LiveSessions"/>).
/// </summary>
public sealed class SessionStamps(IDbContextFactory<BoardRoomDbContext> dbFactory, IOptions<IdentityOptions> identity)
{
    private static readonly Func<BoardRoomDbContext, string, Task<string?>> StampOf =
        EF.CompileAsyncQuery((BoardRoomDbContext db, string userId) => db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefault());

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal? user)
    {
        var userId = user?.FindFirst(identity.Value.ClaimsIdentity.UserIdClaimType)?.Value;
        var claimed = user?.FindFirst(identity.Value.ClaimsIdentity.SecurityStampClaimType)?.Value;
        if (userId is null || claimed is null)
        {
            return false;
        }
        await using var db = await dbFactory.CreateDbContextAsync();
        var stamp = await StampOf(db, userId);
        return stamp is not null && string.Equals(stamp, claimed, StringComparison.Ordinal);
    }

    /// <summary>Cookie validation on every request (replaces Identity's interval-based validator).</summary>
    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        var stamps = context.HttpContext.RequestServices.GetRequiredService<SessionStamps>();
        if (!await stamps.IsCurrentAsync(context.Principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    /// <summary>
    /// Ends every session of a person: a new stamp (in <paramref name="db"/>, saved by the caller's transaction) and,
    /// once saved, <see cref="LiveSessions.EndAll"/>.
    /// </summary>
    public static async Task RenewStampAsync(BoardRoomDbContext db, PersonId person)
    {
        foreach (var user in await db.Users.Where(u => u.PersonId == person).ToListAsync())
        {
            user.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        }
    }
}
