using BoardRoom.App.Data;
using BoardRoom.Core.Boards;
using BoardRoom.Core.People;

namespace BoardRoom.App.Features.Administration;

/// <summary>
/// One administration command under way: its own context, the board it administers (tracked, with its members) and
/// who is acting. Only <see cref="AdminCommands.OpenAsync"/> makes one, after the caller was let in.
/// </summary>
public sealed class AdminCommand : IAsyncDisposable
{
    internal AdminCommand(BoardRoomDbContext db, Board board, PersonId by) => (Db, Board, By) = (db, board, by);

    public BoardRoomDbContext Db { get; }

    public Board Board { get; }

    public PersonId By { get; }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
