using BoardRoom.App.Data;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using BoardRoom.Publishing.Calendar;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Calendar;

/// <summary>
/// Meetings as calendar entries, the same for the feed and for the invitations emailed to members: the same UID,
/// co-chairs and SEQUENCE (from the meeting's calendar stamp), so an emailed update replaces the feed's copy.
/// </summary>
public static class CalendarMeetings
{
    /// <summary>Meetings never changed through the planning pages count as changed at this instant (any fixed value keeps the feed stable).</summary>
    public static readonly DateTimeOffset NeverStamped = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The entries of <paramref name="meetings"/>, whose boards are in <paramref name="boards"/> (with their members).
    /// A stamp touched in the caller's unsaved work counts, so an email queued with a change carries its new SEQUENCE.
    /// </summary>
    public static async Task<IReadOnlyList<CalendarMeeting>> BuildAsync(
        BoardRoomDbContext db, IReadOnlyCollection<Meeting> meetings, IReadOnlyDictionary<BoardId, Board> boards, Uri baseAddress)
    {
        var ids = meetings.Select(m => m.Id).ToList();
        var stamps = await db.MeetingCalendarStamps.AsNoTracking().Where(s => ids.Contains(s.MeetingId)).ToDictionaryAsync(s => s.MeetingId, s => s.ChangedAt);
        foreach (var pending in db.MeetingCalendarStamps.Local.Where(s => ids.Contains(s.MeetingId)))
        {
            stamps[pending.MeetingId] = pending.ChangedAt;
        }
        var personIds = boards.Values.SelectMany(b => b.Members).Where(m => m.Role == BoardRole.CoChair).Select(m => m.PersonId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName);
        return meetings.Select(m =>
        {
            var board = boards[m.BoardId];
            var chairs = board.CoChairsOf(m).OrderBy(c => c.IsPermanentCoChair ? 0 : 1)
                .Select(c => NameOf(c, names)).ToList();
            var stamp = stamps.TryGetValue(m.Id, out var at) ? at : NeverStamped;
            return new CalendarMeeting(m.Id, m.Title, board.Name, m.StartsAt, m.EndsAt, m.Venue, m.OnlineLink, m.Status, chairs,
                new Uri(baseAddress, $"meetings/{m.Id}"), stamp);
        }).ToList();
    }

    private static string NameOf(Membership seat, IReadOnlyDictionary<PersonId, string> names)
    {
        var name = names.GetValueOrDefault(seat.PersonId, "Former member");
        return seat.Nation is { } n && !seat.IsPermanentCoChair ? $"{name} ({n.Display()})" : name;
    }
}
