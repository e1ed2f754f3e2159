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

    public const string NoSuchMeeting = "There is no such meeting.";

    public const string NotCoChair = "Only this meeting's co-chairs can do this.";

    /// <summary>The board at <paramref name="slug"/>, with members, if the person's seat gives <paramref name="right"/>.</summary>
    public static async Task<BoardScope> ForBoardAsync(BoardRoomDbContext db, PersonId person, string? slug, BoardRight right, bool tracked = false)
    {
        var key = (slug ?? string.Empty).Trim().ToLowerInvariant();
        var boards = tracked ? db.Boards : db.Boards.AsNoTracking();
        var board = await boards.Include(b => b.Members).FirstOrDefaultAsync(b => b.Slug == key)
            ?? throw AccessDeniedException.NotFound($"There is no board at '{slug}'.");
        return Decide(person, board, null, right, NotAMember);
    }

    /// <summary>The board with <paramref name="id"/>, for requests that name a board's object (a decision, an action) rather than its address.</summary>
    public static async Task<BoardScope> ForBoardAsync(BoardRoomDbContext db, PersonId person, BoardId id, BoardRight right, bool tracked = false)
    {
        var boards = tracked ? db.Boards : db.Boards.AsNoTracking();
        var board = await boards.Include(b => b.Members).FirstOrDefaultAsync(b => b.Id == id)
            ?? throw AccessDeniedException.NotFound("There is no such board.");
        return Decide(person, board, null, right, NotAMember);
    }

    /// <summary>
    /// The board of one of its objects (a decision, an action, a paper), for someone who may see that object: anyone
    /// else, on another board or without the right to reserved business it belongs to, is told it does not exist.
    /// </summary>
    public static async Task<BoardScope> ForObjectAsync(BoardRoomDbContext db, PersonId person, BoardId boardId, bool isReserved, string notFound)
    {
        BoardScope scope;
        try
        {
            scope = await ForBoardAsync(db, person, boardId, BoardRight.View);
        }
        catch (AccessDeniedException)
        {
            throw AccessDeniedException.NotFound(notFound);
        }
        return isReserved && !scope.ReadsReserved ? throw AccessDeniedException.NotFound(notFound) : scope;
    }

    /// <summary>The person's active seats on every board, for the registers and searches that span boards.</summary>
    public static async Task<IReadOnlyList<Membership>> SeatsOfAsync(BoardRoomDbContext db, PersonId person) =>
        (await db.Memberships.AsNoTracking().Where(m => m.PersonId == person && m.LeftOn == null).ToListAsync())
            .Where(m => m.Can(BoardCapability.View)).ToList();

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

    /// <param name="refusal">What to tell a member whose seat lacks <paramref name="right"/>, where the command has better words than the right's.</param>
    public static async Task<BoardScope> ForMeetingAsync(BoardRoomDbContext db, PersonId person, MeetingId id, BoardRight right,
        Func<IQueryable<Meeting>, IQueryable<Meeting>>? include = null, bool tracked = false, string? refusal = null)
    {
        var meetings = tracked ? db.Meetings : db.Meetings.AsNoTracking();
        var meeting = await (include ?? (q => q)).Invoke(meetings).FirstOrDefaultAsync(m => m.Id == id)
            ?? throw AccessDeniedException.NotFound(NoSuchMeeting);
        var boards = tracked ? db.Boards : db.Boards.AsNoTracking();
        var board = await boards.Include(b => b.Members).SingleAsync(b => b.Id == meeting.BoardId);
        return Decide(person, board, meeting, right, MeetingOfAnotherBoard, refusal);
    }

    /// <summary>
    /// The same decision as <see cref="ForMeetingAsync(BoardRoomDbContext, PersonId, MeetingId, BoardRight, Func{IQueryable{Meeting}, IQueryable{Meeting}}?, bool, string?)"/>
    /// on a meeting and its board already read (null: there is no such meeting), for the live pages that shape one
    /// read of a meeting for each of their people.
    /// </summary>
    public static BoardScope ForLoadedMeeting(PersonId person, Meeting? meeting, Board? board, BoardRight right) =>
        meeting is null || board is null
            ? throw AccessDeniedException.NotFound(NoSuchMeeting)
            : Decide(person, board, meeting, right, MeetingOfAnotherBoard);

    /// <summary>
    /// Whether a seat (or none) gives a right that depends on the seat alone (not <see cref="BoardRight.Run"/> or
    /// <see cref="BoardRight.CoChair"/>, which depend on the meeting). The hot paths that load the seat themselves in
    /// one compiled query (the minutes hub) decide with this, so there is one rule either way.
    /// </summary>
    public static bool SeatAllows(Membership? seat, BoardRight right) => seat is not null && seat.Can(BoardCapability.View) && right switch
    {
        BoardRight.View => true,
        BoardRight.ReadReserved => seat.Can(BoardCapability.ViewReservedBusiness),
        BoardRight.EditMinutes => seat.Can(BoardCapability.EditMinutes),
        BoardRight.Administer => seat.Can(BoardCapability.Administer),
        _ => throw new ArgumentOutOfRangeException(nameof(right), right, "This right depends on the meeting: use ForMeetingAsync."),
    };

    private static BoardScope Decide(PersonId person, Board board, Meeting? meeting, BoardRight right, string notAMember, string? refusal = null)
    {
        var seat = board.ActiveMembershipOf(person);
        if (seat is null || !SeatAllows(seat, BoardRight.View))
        {
            throw AccessDeniedException.Forbidden(notAMember);
        }
        var scope = new BoardScope(person, board, seat, meeting);
        var (allowed, why) = right switch
        {
            BoardRight.Run => (scope.MayRun, NotRunner),
            BoardRight.CoChair => (scope.IsCoChair, NotCoChair),
            BoardRight.View => (true, string.Empty),
            BoardRight.ReadReserved => (SeatAllows(seat, right), NotReserved),
            BoardRight.EditMinutes => (SeatAllows(seat, right), NotEditor),
            BoardRight.Administer => (SeatAllows(seat, right), NotSecretariat),
            _ => throw new ArgumentOutOfRangeException(nameof(right)),
        };
        return allowed ? scope : throw AccessDeniedException.Forbidden(refusal ?? why);
    }
}
