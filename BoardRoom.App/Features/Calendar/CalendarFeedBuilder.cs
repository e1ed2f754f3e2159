using System.Security.Cryptography;
using System.Text;
using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using BoardRoom.Publishing.Calendar;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Calendar;

/// <summary>
/// Builds iCalendar feeds: a board's meetings for its members (signed in by cookie), or every meeting of a person's
/// boards for a personal feed address (a token, for calendar apps that cannot sign in).
/// </summary>
public sealed class CalendarFeedBuilder(IDbContextFactory<BoardRoomDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>How far back a feed reaches; older meetings drop out of subscribed calendars' refreshes, not their history.</summary>
    public static readonly TimeSpan History = TimeSpan.FromDays(366);

    public sealed record Feed(string Text, string ETag, DateTimeOffset LastModified);

    public async Task<Access<Feed>> ForBoardAsync(PersonId personId, string slug, Uri baseAddress)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        Board board;
        try
        {
            board = (await BoardAccess.ForBoardAsync(db, personId, slug, BoardRight.View)).Board;
        }
        catch (AccessDeniedException refused)
        {
            return Access<Feed>.Denied(refused);
        }
        return Access<Feed>.Allowed(await BuildAsync(db, [board.Id], board.Name, baseAddress));
    }

    /// <summary>The personal feed behind <paramref name="token"/>; not found for an unknown or revoked token (no hint which).</summary>
    public async Task<Access<Feed>> ForTokenAsync(string token, Uri baseAddress)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var hash = CalendarTokens.Hash(token);
        var row = await db.CalendarFeedTokens.FirstOrDefaultAsync(t => t.TokenHash == hash && t.RevokedAt == null);
        if (row is null)
        {
            return Access<Feed>.NotFound("There is no calendar feed at this address.");
        }
        var now = clock.GetUtcNow();
        if (row.LastUsedAt is null || now - row.LastUsedAt > TimeSpan.FromHours(1))
        {
            row.LastUsedAt = now;
            await db.SaveChangesAsync();
        }
        var boards = await db.Memberships.AsNoTracking().Where(m => m.PersonId == row.PersonId && m.LeftOn == null).Select(m => m.BoardId).ToListAsync();
        var name = await db.People.AsNoTracking().Where(p => p.Id == row.PersonId).Select(p => p.FullName).FirstAsync();
        return Access<Feed>.Allowed(await BuildAsync(db, boards, $"BoardRoom meetings ({name})", baseAddress));
    }

    private async Task<Feed> BuildAsync(BoardRoomDbContext db, IReadOnlyList<BoardId> boardIds, string calendarName, Uri baseAddress)
    {
        var from = clock.GetUtcNow() - History;
        var meetings = await db.Meetings.AsNoTracking().Where(m => boardIds.Contains(m.BoardId) && m.StartsAt >= from).ToListAsync();
        var boards = await db.Boards.Include(b => b.Members).AsNoTracking().Where(b => boardIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id);
        var events = await CalendarMeetings.BuildAsync(db, meetings, boards, baseAddress);
        var text = MeetingCalendarWriter.Write(calendarName, events);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32] + "\"";
        var lastModified = events.Count == 0 ? CalendarMeetings.NeverStamped : events.Max(e => e.LastModified);
        return new Feed(text, etag, lastModified);
    }
}
