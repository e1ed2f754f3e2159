using BoardRoom.App.Data;
using BoardRoom.App.Features.Calendar;
using BoardRoom.App.Features.Email;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using BoardRoom.Core.Rotation;

namespace BoardRoom.App.Features.Rotation;

/// <summary>
/// The one save-and-replan of every command that changes a board's calendar or its co-chairs: saves the command,
/// re-plans the rotation on what was saved (the planner reads meetings from the database), and queues the emails
/// the change causes (the meeting moved or cancelled, the co-chairs whose meetings changed), all in one transaction.
/// </summary>
public sealed class Replanning(TimeProvider clock, Notifications? notifications = null)
{
    /// <summary>A meeting whose members are told it moved (or, not <paramref name="Moved"/>, changed place or length) or was cancelled.</summary>
    public sealed record Announcement(Meeting Meeting, string Note, bool Moved = true);

    public async Task SaveAsync(BoardRoomDbContext db, Board board, string reason, PersonId? by,
        IReadOnlyList<MeetingId>? touched = null, params IReadOnlyList<Announcement> announce)
    {
        var now = clock.GetUtcNow();
        await CalendarStamps.TouchAsync(db, touched ?? [], now);
        await using var tx = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();
        await ReplanAsync(db, board, reason, by, now);
        foreach (var (meeting, note, moved) in notifications is null ? [] : announce)
        {
            await notifications!.MeetingChangedAsync(db, board, meeting, note, moved);
        }
        await db.SaveChangesAsync();
        await tx.CommitAsync();
    }

    /// <summary>Re-plans inside the caller's transaction (after its first save) and queues the co-chairs' emails; the caller saves.</summary>
    public async Task<IReadOnlyList<RotationChange>> ReplanAsync(BoardRoomDbContext db, Board board, string reason, PersonId? by, DateTimeOffset now)
    {
        var changes = await RotationPlanner.ReplanAsync(db, board, reason, by, now);
        await AnnounceAsync(db, board, changes);
        return changes;
    }

    /// <summary>Queues the emails for changes applied some other way (a co-chair chosen by hand).</summary>
    public async Task AnnounceAsync(BoardRoomDbContext db, Board board, IReadOnlyList<RotationChange> changes)
    {
        if (notifications is not null)
        {
            await notifications.RotationChangedAsync(db, board, changes);
        }
    }
}
