using BoardRoom.App.Data;
using BoardRoom.Core.Boards;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Access;

/// <summary>
/// Who must sign in with a second factor: anyone who is a co-chair or secretariat of a board whose rule requires it
/// (<see cref="Board.RequiresTwoFactorForOfficers"/>). Until they set one up they may reach only their account pages.
/// </summary>
public sealed class TwoFactorPolicy(IDbContextFactory<BoardRoomDbContext> dbFactory)
{
    public async Task<bool> IsRequiredAsync(PersonId person)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await IsRequiredAsync(db, person);
    }

    public static Task<bool> IsRequiredAsync(BoardRoomDbContext db, PersonId person) =>
        (from m in db.Memberships
         join b in db.Boards on m.BoardId equals b.Id
         where m.PersonId == person && m.LeftOn == null && b.RequiresTwoFactorForOfficers
               && (m.Role == BoardRole.CoChair || m.Role == BoardRole.Secretariat)
         select m.Id).AnyAsync();

    /// <summary>Whether the person must set up a second factor before doing anything else.</summary>
    public async Task<bool> MustEnrolAsync(PersonId person)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var enabled = await db.Users.Where(u => u.PersonId == person).Select(u => u.TwoFactorEnabled).FirstOrDefaultAsync();
        return !enabled && await IsRequiredAsync(db, person);
    }
}
