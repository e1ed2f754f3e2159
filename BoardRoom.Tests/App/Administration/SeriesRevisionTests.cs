using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Administration;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Administration;

/// <summary>The secretariat revising a series whose meetings are already generated, over a real SQLite file.</summary>
public sealed class SeriesRevisionTests : IAsyncLifetime
{
    private PlanningHarness _h = null!;

    public async Task InitializeAsync() => _h = await PlanningHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<(AdminSeries Series, List<Meeting> Meetings)> DeliveryGroupAsync()
    {
        var adminView = await _h.AsAsync<AdminBoardView>(PlanningHarness.Secretariat);
        var series = (await adminView.GetAsync(PlanningHarness.Board)).Value!.Series[0];
        await using var db = _h.Open();
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.SeriesId == series.Id).ToListAsync();
        return (series, meetings.OrderBy(m => m.StartsAt).ToList());
    }

    private static SeriesDetailsForm Details(AdminSeries s, string? venue = null, int? minutes = null, string? name = null) => new()
    {
        Name = name ?? s.Name, DefaultLengthMinutes = minutes ?? s.DefaultLengthMinutes, Venue = venue ?? s.Venue, OnlineLink = s.OnlineLink,
    };

    [Fact]
    public async Task ANewVenue_ReachesTheMeetingsToCome_ButNotThoseHeldOrMovedElsewhere()
    {
        var seriesAdmin = await _h.AsAsync<SeriesAdministration>(PlanningHarness.Secretariat);
        await seriesAdmin.GenerateMeetingsAsync(PlanningHarness.Board, (await DeliveryGroupAsync()).Series.Id, 12);
        var (series, before) = await DeliveryGroupAsync();
        var now = _h.Clock.GetUtcNow();
        var toCome = before.Where(m => m.Status == MeetingStatus.Scheduled && m.StartsAt > now).ToList();
        Assert.True(toCome.Count >= 3);
        await using (var db = _h.Open())
        {
            // One meeting to come was already moved to another room on its own.
            var own = await db.Meetings.SingleAsync(m => m.Id == toCome[1].Id);
            own.ChangePlace("Welsh Government, Cathays Park, Cardiff", own.OnlineLink);
            await db.SaveChangesAsync();
        }

        var changed = await seriesAdmin.ReviseSeriesAsync(PlanningHarness.Board, series.Id, Details(series, venue: "Room 1.10, 39 Victoria Street", minutes: 150));

        var (revised, after) = await DeliveryGroupAsync();
        Assert.Equal(("Room 1.10, 39 Victoria Street", 150), (revised.Venue, revised.DefaultLengthMinutes));
        Assert.Equal(toCome.Count, changed); // all to come: the moved one still took the new length
        foreach (var m in after)
        {
            var old = before.Single(b => b.Id == m.Id);
            if (m.Id == toCome[1].Id)
            {
                Assert.Equal("Welsh Government, Cathays Park, Cardiff", m.Venue);
                Assert.Equal(TimeSpan.FromMinutes(150), m.Length);
            }
            else if (toCome.Any(t => t.Id == m.Id))
            {
                Assert.Equal(("Room 1.10, 39 Victoria Street", TimeSpan.FromMinutes(150), old.StartsAt), (m.Venue, m.Length, m.StartsAt));
            }
            else
            {
                Assert.Equal((old.Venue, old.Length), (m.Venue, m.Length));
            }
        }
        await using var check = _h.Open();
        var stamped = await check.MeetingCalendarStamps.Select(s => s.MeetingId).ToListAsync();
        Assert.All(toCome, m => Assert.Contains(m.Id, stamped));
    }

    [Fact]
    public async Task ARefusedRevision_ChangesNothing()
    {
        var (series, before) = await DeliveryGroupAsync();
        var memberSeriesAdmin = await _h.AsAsync<SeriesAdministration>(PlanningHarness.Member);
        var secretariatSeriesAdmin = await _h.AsAsync<SeriesAdministration>(PlanningHarness.Secretariat);

        var notTheirs = await Assert.ThrowsAsync<AccessDeniedException>(() => memberSeriesAdmin.ReviseSeriesAsync(PlanningHarness.Board, series.Id, Details(series, venue: "Elsewhere")));
        var noName = await Assert.ThrowsAsync<DomainRuleException>(() => secretariatSeriesAdmin.ReviseSeriesAsync(PlanningHarness.Board, series.Id, Details(series, venue: "Elsewhere", name: " ")));
        var noLength = await Assert.ThrowsAsync<DomainRuleException>(() => secretariatSeriesAdmin.ReviseSeriesAsync(PlanningHarness.Board, series.Id, Details(series, venue: "Elsewhere", minutes: 0)));

        Assert.Equal(BoardGate.NotSecretariat, notTheirs.Message);
        Assert.Contains("Series name", noName.Message);
        Assert.Contains("length", noLength.Message);
        var (unchanged, after) = await DeliveryGroupAsync();
        Assert.Equal((series.Name, series.Venue, series.DefaultLengthMinutes), (unchanged.Name, unchanged.Venue, unchanged.DefaultLengthMinutes));
        Assert.Equal(before.Select(m => (m.Id, m.Venue, m.Length)), after.Select(m => (m.Id, m.Venue, m.Length)));
    }
}
