using BoardRoom.App.Data;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Meetings;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Benchmarks;

/// <summary>
/// The board-day's meetings, written through the domain's own types into the running app's SQLite file (as the
/// demo seeder writes its meetings): M meetings of the demo board, each started (in progress on its first item) with
/// enough agenda items for the chair to advance through the whole run. The app reads them as it reads any meeting.
/// </summary>
internal static class BoardDayMeetings
{
    /// <summary>One created meeting: its id, the section the typists share (its first item) and the items' banner texts in order.</summary>
    public sealed record Created(Guid MeetingId, Guid SectionId, IReadOnlyList<string> BannerTexts);

    public static async Task<IReadOnlyList<Created>> CreateAsync(string databasePath, int meetings, int itemsEach)
    {
        await using var db = BenchmarkDatabase.Open(databasePath);
        var board = await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug);
        var now = DateTimeOffset.UtcNow;
        var created = new List<Meeting>();
        for (var m = 0; m < meetings; m++)
        {
            // Numbers far above the demo's own meetings; titles unique, so a banner text belongs to one meeting and item.
            var meeting = Meeting.Schedule(board.Id, null, 1000 + m, $"Board day meeting {m + 1}", now, TimeSpan.FromHours(8), "Online", "https://meet.example/board-day");
            for (var i = 0; i < itemsEach; i++)
            {
                meeting.AddAgendaItem($"Board day {m + 1} item {i + 1}", AgendaPurpose.ForDiscussion, "Helen Marsh", 5);
            }
            meeting.Start(now, confirmedOffSchedule: true);
            created.Add(meeting);
        }
        db.Meetings.AddRange(created);
        await db.SaveChangesAsync();
        return created.Select(m =>
        {
            var items = m.AgendaItems;
            // LiveBanner shows the current item as "{Position}. {Title}" in one text node.
            return new Created(m.Id.Value, items[0].Id.Value, items.Select(i => $"{i.Position}. {i.Title}").ToList());
        }).ToList();
    }
}
