using System.Security.Cryptography;
using System.Text;
using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Meetings.Calendar;
using BoardRoom.Core.People;
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

    /// <summary>Meetings never changed through the planning pages count as changed at this instant (any fixed value keeps the feed stable).</summary>
    private static readonly DateTimeOffset NeverStamped = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

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
        var ids = meetings.Select(m => m.Id).ToList();
        var stamps = await db.MeetingCalendarStamps.AsNoTracking().Where(s => ids.Contains(s.MeetingId)).ToDictionaryAsync(s => s.MeetingId, s => s.ChangedAt);
        var boards = await db.Boards.Include(b => b.Members).AsNoTracking().Where(b => boardIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id);
        var personIds = boards.Values.SelectMany(b => b.Members).Where(m => m.Role == BoardRole.CoChair).Select(m => m.PersonId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName);

        var events = meetings.Select(m =>
        {
            var board = boards[m.BoardId];
            var chairs = board.CoChairsOf(m).OrderBy(c => c.IsPermanentCoChair ? 0 : 1)
                .Select(c => c.Nation is { } n && !c.IsPermanentCoChair ? $"{names[c.PersonId]} ({n.Display()})" : names[c.PersonId]).ToList();
            return new CalendarMeeting(m.Id, m.Title, board.Name, m.StartsAt, m.EndsAt, m.Venue, m.OnlineLink, m.Status, chairs,
                new Uri(baseAddress, $"meetings/{m.Id}"), stamps.TryGetValue(m.Id, out var at) ? at : NeverStamped);
        }).ToList();
        var text = MeetingCalendarWriter.Write(calendarName, events);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32] + "\"";
        var lastModified = events.Count == 0 ? NeverStamped : events.Max(e => e.LastModified);
        return new Feed(text, etag, lastModified);
    }
}
