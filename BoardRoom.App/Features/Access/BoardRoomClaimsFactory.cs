using System.Security.Claims;
using BoardRoom.App.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BoardRoom.App.Features.Access;

/// <summary>Puts the person id and name into the sign-in cookie, so every request knows who is asking without a lookup.</summary>
public sealed class BoardRoomClaimsFactory(
    UserManager<ApplicationUser> users,
    IOptions<IdentityOptions> options,
    IDbContextFactory<BoardRoomDbContext> dbFactory)
    : UserClaimsPrincipalFactory<ApplicationUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        await using var db = await dbFactory.CreateDbContextAsync();
        var name = await db.People.Where(p => p.Id == user.PersonId).Select(p => p.FullName).FirstOrDefaultAsync();
        identity.AddClaim(new Claim(BoardRoomClaims.PersonId, user.PersonId.ToString()));
        identity.AddClaim(new Claim(BoardRoomClaims.FullName, name ?? user.UserName ?? "Member"));
        return identity;
    }
}
