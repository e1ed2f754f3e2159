using BoardRoom.App.Data;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Meetings;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Agendas;

/// <summary>A series' standing items: its own template if the secretariat has edited one, else the default.</summary>
public static class StandingTemplates
{
    public static async Task<IReadOnlyList<StandingItem>> ForSeriesAsync(BoardRoomDbContext db, MeetingSeriesId? seriesId)
    {
        if (seriesId is null)
        {
            return StandingAgenda.Default;
        }
        var rows = await db.SeriesStandingItems.AsNoTracking().Where(s => s.SeriesId == seriesId.Value).OrderBy(s => s.Position).ToListAsync();
        return rows.Count == 0 ? StandingAgenda.Default : rows.Select(r => r.ToItem()).ToList();
    }
}
