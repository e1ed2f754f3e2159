using BoardRoom.App.Data;
using BoardRoom.Core.Meetings;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Calendar;

/// <summary>Marks meetings whose calendar entry changed (moved, cancelled, new co-chair), so subscribed calendars update.</summary>
public static class CalendarStamps
{
    public static async Task TouchAsync(BoardRoomDbContext db, IEnumerable<MeetingId> meetings, DateTimeOffset at)
    {
        var ids = meetings.Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }
        var existing = await db.MeetingCalendarStamps.Where(s => ids.Contains(s.MeetingId)).ToDictionaryAsync(s => s.MeetingId);
        foreach (var id in ids)
        {
            if (existing.TryGetValue(id, out var row))
            {
                row.ChangedAt = at;
            }
            else if (db.MeetingCalendarStamps.Local.FirstOrDefault(s => s.MeetingId == id) is { } local)
            {
                local.ChangedAt = at;
            }
            else
            {
                db.MeetingCalendarStamps.Add(new MeetingCalendarStampRow { MeetingId = id, ChangedAt = at });
            }
        }
    }
}
