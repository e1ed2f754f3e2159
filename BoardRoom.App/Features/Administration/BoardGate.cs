using BoardRoom.App.Features.Access;
using BoardRoom.App.Data;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Administration;

/// <summary>Loads a board for a command and refuses, with a message for people, anyone its secretariat has not admitted.</summary>
public static class BoardGate
{
    public const string NotSecretariat = BoardAccess.NotSecretariat;

    /// <summary>The board (tracked, with members) if <paramref name="personId"/> may administer it; otherwise throws.</summary>
    public static async Task<Board> ForAdministrationAsync(BoardRoomDbContext db, string? slug, PersonId personId)
    {
        try
        {
            return (await BoardAccess.ForBoardAsync(db, personId, slug, BoardRight.Administer, tracked: true)).Board;
        }
        catch (AccessDeniedException refused)
        {
            // The admin panels show a refusal where the command was given, as they do a broken rule.
            throw new DomainRuleException(refused.Outcome == AccessOutcome.NotFound ? "There is no such board." : NotSecretariat);
        }
    }

    public static Task<Board?> FindAsync(BoardRoomDbContext db, string? slug)
    {
        var key = (slug ?? string.Empty).Trim().ToLowerInvariant();
        return db.Boards.Include(b => b.Members).FirstOrDefaultAsync(b => b.Slug == key);
    }
}
