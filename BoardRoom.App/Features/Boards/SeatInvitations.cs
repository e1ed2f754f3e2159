using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Boards;

/// <summary>
/// The invited person's side of <see cref="MembershipInvitation"/>: the seats offered to them, which they accept or
/// decline while signed in as themselves. Nobody else can answer for them.
/// </summary>
public sealed class SeatInvitations(IDbContextFactory<BoardRoomDbContext> dbFactory, CurrentPerson currentPerson, TimeProvider clock, Rotation.Replanning replanning)
{
    public async Task<IReadOnlyList<SeatOffer>> PendingAsync()
    {
        var me = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.MembershipInvitations.AsNoTracking()
            .Where(i => i.PersonId == me && i.Status == MembershipInvitationStatus.Pending)
            .Join(db.Boards, i => i.BoardId, b => b.Id, (i, b) => new SeatOffer(i.Id, b.Name, b.Slug, i.Role, i.Nation, i.Title))
            .ToListAsync();
    }

    /// <summary>Takes the seat; returns the board's address.</summary>
    public async Task<string> AcceptAsync(MembershipInvitationId id)
    {
        var me = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        var invitation = await MineAsync(db, id, me);
        var board = await db.Boards.Include(b => b.Members).SingleAsync(b => b.Id == invitation.BoardId);
        var now = clock.GetUtcNow();
        invitation.Accept(board, me, now, DateOnly.FromDateTime(LondonTime.ToLocal(now)));
        // A new co-chair can change who co-chairs the meetings to come: re-plan in the same transaction.
        await replanning.SaveAsync(db, board, "A member accepted a seat on the board", me);
        return board.Slug;
    }

    public async Task DeclineAsync(MembershipInvitationId id)
    {
        var me = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        (await MineAsync(db, id, me)).Decline(me, clock.GetUtcNow());
        await db.SaveChangesAsync();
    }

    private static async Task<MembershipInvitation> MineAsync(BoardRoomDbContext db, MembershipInvitationId id, Core.People.PersonId me) =>
        await db.MembershipInvitations.FirstOrDefaultAsync(i => i.Id == id && i.PersonId == me)
        ?? throw new DomainRuleException("There is no such invitation for you.");
}

/// <summary>A seat a board offers the signed-in person.</summary>
public sealed record SeatOffer(MembershipInvitationId Id, string BoardName, string BoardSlug, BoardRole Role, Nation? Nation, string Title);
