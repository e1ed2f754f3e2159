using BoardRoom.App.Features.Access;
using BoardRoom.App.Data;
using BoardRoom.Core.Boards;
using BoardRoom.Core.People;

namespace BoardRoom.App.Features.Administration;

/// <summary>The board for an administration command: <see cref="BoardAccess"/> with <see cref="BoardRight.Administer"/>, tracked.</summary>
public static class BoardGate
{
    public const string NotSecretariat = BoardAccess.NotSecretariat;

    /// <summary>The board (tracked, with members) if <paramref name="personId"/> may administer it; otherwise <see cref="AccessDeniedException"/>.</summary>
    public static async Task<Board> ForAdministrationAsync(BoardRoomDbContext db, string? slug, PersonId personId) =>
        (await BoardAccess.ForBoardAsync(db, personId, slug, BoardRight.Administer, tracked: true)).Board;
}
