using BoardRoom.App.Data;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Administration;

/// <summary>Loads a board for a command and refuses, with a message for people, anyone its secretariat has not admitted.</summary>
public static class BoardGate
{
    public const string NotSecretariat = "Only the board's secretariat can change its members, meetings and rotation.";

    /// <summary>The board (tracked, with members) if <paramref name="personId"/> may administer it; otherwise throws.</summary>
    public static async Task<Board> ForAdministrationAsync(BoardRoomDbContext db, string? slug, PersonId personId)
    {
        var board = await FindAsync(db, slug) ?? throw new DomainRuleException("There is no such board.");
        if (!board.Allows(personId, BoardCapability.Administer))
        {
            throw new DomainRuleException(NotSecretariat);
        }
        return board;
    }

    public static Task<Board?> FindAsync(BoardRoomDbContext db, string? slug)
    {
        var key = (slug ?? string.Empty).Trim().ToLowerInvariant();
        return db.Boards.Include(b => b.Members).FirstOrDefaultAsync(b => b.Slug == key);
    }
}
