using BoardRoom.App.Data;
using BoardRoom.App.Features.Calendar;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using BoardRoom.Core.Rotation;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Rotation;

/// <summary>
/// Reads a board's rotation (meetings, pins, unavailability) from the database into a <see cref="RotationInput"/>,
/// and writes a plan back: each planned meeting's rotating co-chair, a change-log line per change.
/// </summary>
public static class RotationPlanner
{
    /// <summary>The input for <paramref name="board"/> with its meetings tracked by <paramref name="db"/>, so a plan can be applied to them.</summary>
    public static async Task<(RotationInput Input, IReadOnlyList<Meeting> Meetings)> LoadAsync(BoardRoomDbContext db, Board board, DateTimeOffset now)
    {
        var meetings = await db.Meetings.Where(m => m.BoardId == board.Id).ToListAsync();
        var pins = await db.RotationPins.Where(p => p.BoardId == board.Id).ToListAsync();
        var unavailable = await db.RotationUnavailability.Where(u => u.BoardId == board.Id)
            .Select(u => new { u.MeetingId, u.MembershipId }).ToListAsync();
        var input = RotationInput.For(board, meetings, now, OrderFor(board, meetings, now),
            unavailable.Select(u => new Unavailability(u.MeetingId, u.MembershipId)),
            pins.Select(p => p.ToPin()));
        return (input, meetings);
    }

    /// <summary>
    /// The board's rotation order (England, Scotland, Wales, Northern Ireland unless the secretariat changed it),
    /// starting at the nation that chaired the board's first held meeting,
    /// so a board whose records begin part-way through the cycle does not count the nations before it as passed over.
    /// </summary>
    public static IReadOnlyList<Nation> OrderFor(Board board, IEnumerable<Meeting> meetings, DateTimeOffset now)
    {
        var standard = board.RotationOrder.ToArray();
        var first = meetings
            .Where(m => m.RotatingCoChairId is not null && RotationMeeting.From(m).IsFixedAt(now))
            .OrderBy(m => m.StartsAt)
            .Select(m => board.Members.FirstOrDefault(x => x.Id == m.RotatingCoChairId)?.Nation)
            .FirstOrDefault(n => n is not null);
        if (first is not { } start)
        {
            return standard;
        }
        var at = Array.IndexOf(standard, start);
        return [.. standard.Skip(at), .. standard.Take(at)];
    }

    /// <summary>Plans the board again and stores the result; returns the changes it logged.</summary>
    public static async Task<IReadOnlyList<RotationChange>> ReplanAsync(BoardRoomDbContext db, Board board, string reason, PersonId? by, DateTimeOffset now)
    {
        var (input, meetings) = await LoadAsync(db, board, now);
        var plan = CoChairRotation.Plan(input);
        var changes = RotationChanges.FromCurrent(input.Meetings, plan, reason, by, now);
        await ApplyAsync(db, board.Id, meetings, changes, now);
        return changes;
    }

    /// <summary>Sets each changed meeting's co-chair and logs the change.</summary>
    public static async Task ApplyAsync(BoardRoomDbContext db, BoardId boardId, IReadOnlyList<Meeting> meetings, IReadOnlyList<RotationChange> changes, DateTimeOffset now)
    {
        var byId = meetings.ToDictionary(m => m.Id);
        foreach (var change in changes)
        {
            byId[change.MeetingId].AssignRotatingCoChair(change.To);
            db.RotationChanges.Add(RotationChangeRow.From(boardId, change));
        }
        await CalendarStamps.TouchAsync(db, changes.Select(c => c.MeetingId), now);
    }
}
