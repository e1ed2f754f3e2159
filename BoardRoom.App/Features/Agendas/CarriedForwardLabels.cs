using System.Globalization;
using BoardRoom.App.Data;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Meetings;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Agendas;

/// <summary>"Carried forward from meeting 17 (17 Nov 2026)" for the items of an agenda that came from an earlier one.</summary>
public static class CarriedForwardLabels
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static async Task<IReadOnlyDictionary<AgendaItemId, string>> ForAsync(BoardRoomDbContext db, Meeting meeting)
    {
        var sources = meeting.AgendaItems.Where(i => i.CarriedFromId is not null).ToDictionary(i => i.CarriedFromId!.Value, i => i.Id);
        if (sources.Count == 0)
        {
            return new Dictionary<AgendaItemId, string>();
        }
        var ids = sources.Keys.ToList();
        var found = await (
            from i in db.AgendaItems.AsNoTracking()
            where ids.Contains(i.Id)
            join m in db.Meetings.AsNoTracking() on i.MeetingId equals m.Id
            select new { i.Id, m.Number, m.StartsAt }).ToListAsync();
        var labels = found.ToDictionary(
            x => sources[x.Id],
            x => string.Create(EnGb, $"Carried forward from meeting {x.Number} ({LondonTime.ToLocal(x.StartsAt):d MMM yyyy})"));
        // The earlier meeting may have been deleted since; the item still says it was carried.
        foreach (var (_, item) in sources.Where(s => !labels.ContainsKey(s.Value)))
        {
            labels[item] = "Carried forward from an earlier meeting";
        }
        return labels;
    }
}
