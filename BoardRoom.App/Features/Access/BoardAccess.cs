using BoardRoom.App.Data;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Access;

/// <summary>
/// The one answer to "may this person do this to this board (or meeting)?" (docs/security.md). It loads the board with
/// its members (and the meeting), finds the person's active seat, and either returns a <see cref="BoardScope"/> or
/// throws <see cref="AccessDeniedException"/>: not found for what does not exist, forbidden for a board the person has
/// no seat on or a right their seat lacks. Services call it instead of checking seats by hand; pages turn the
/// exception into <see cref="Access{T}"/> with <see cref="Access{T}.Denied"/>, endpoints into 403/404.
/// </summary>
public static class BoardAccess
{
    public const string NotAMember = "You are not a member of this board, so its pages are closed to you.";

    public const string MeetingOfAnotherBoard = "This meeting belongs to a board you are not a member of.";

    public const string NotSecretariat = "Only the board's secretariat can change its members, meetings and rotation.";

    public const string NotReserved = "This is reserved business, which your role does not include.";

    public const string NotEditor = "Only members who take this board's minutes may do this.";

    public const string NotRunner = "Only the co-chairs of this meeting and the secretariat can run it.";

    /// <summary>The board at <paramref name="slug"/>, with members, if the person's seat gives <paramref name="right"/>.</summary>
    public static async Task<BoardScope> ForBoardAsync(BoardRoomDbContext db, PersonId person, string? slug, BoardRight right, bool tracked = false)
    {
        var key = (slug ?? string.Empty).Trim().ToLowerInvariant();
        var boards = tracked ? db.Boards : db.Boards.AsNoTracking();
        var board = await boards.Include(b => b.Members).FirstOrDefaultAsync(b => b.Slug == key)
            ?? throw AccessDeniedException.NotFound($"There is no board at '{slug}'.");
        return Decide(person, board, null, right, NotAMember);
    }

    /// <summary>The meeting (shaped by <paramref name="include"/>) and its board, if the person's seat gives <paramref name="right"/>.</summary>
    public static async Task<BoardScope> ForMeetingAsync(BoardRoomDbContext db, PersonId person, string? meetingId, BoardRight right,
        Func<IQueryable<Meeting>, IQueryable<Meeting>>? include = null, bool tracked = false)
    {
        if (!MeetingId.TryParse(meetingId, out var id))
        {
            throw AccessDeniedException.NotFound($"'{meetingId}' is not a meeting address.");
        }
        return await ForMeetingAsync(db, person, id, right, include, tracked);
    }

    public static async Task<BoardScope> ForMeetingAsync(BoardRoomDbContext db, PersonId person, MeetingId id, BoardRight right,
        Func<IQueryable<Meeting>, IQueryable<Meeting>>? include = null, bool tracked = false)
    {
        var meetings = tracked ? db.Meetings : db.Meetings.AsNoTracking();
        var meeting = await (include ?? (q => q)).Invoke(meetings).FirstOrDefaultAsync(m => m.Id == id)
            ?? throw AccessDeniedException.NotFound("There is no such meeting.");
        var boards = tracked ? db.Boards : db.Boards.AsNoTracking();
        var board = await boards.Include(b => b.Members).SingleAsync(b => b.Id == meeting.BoardId);
        return Decide(person, board, meeting, right, MeetingOfAnotherBoard);
    }

    private static BoardScope Decide(PersonId person, Board board, Meeting? meeting, BoardRight right, string notAMember)
    {
        var seat = board.ActiveMembershipOf(person);
        if (seat is null || !seat.Can(BoardCapability.View))
        {
            throw AccessDeniedException.Forbidden(notAMember);
        }
        var scope = new BoardScope(person, board, seat, meeting);
        var (allowed, refusal) = right switch
        {
            BoardRight.View => (true, string.Empty),
            BoardRight.ReadReserved => (scope.ReadsReserved, NotReserved),
            BoardRight.EditMinutes => (seat.Can(BoardCapability.EditMinutes), NotEditor),
            BoardRight.Administer => (seat.Can(BoardCapability.Administer), NotSecretariat),
            BoardRight.Run => (scope.MayRun, NotRunner),
            _ => throw new ArgumentOutOfRangeException(nameof(right)),
        };
        return allowed ? scope : throw AccessDeniedException.Forbidden(refusal);
    }
}
