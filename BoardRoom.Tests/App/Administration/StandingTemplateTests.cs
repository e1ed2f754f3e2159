using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Administration;
using BoardRoom.App.Features.Agendas;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Administration;

public sealed class StandingTemplateTests : IAsyncLifetime
{
    private PlanningHarness _h = null!;
    private MeetingSeriesId _series;

    public async Task InitializeAsync()
    {
        _h = await PlanningHarness.CreateAsync();
        await using var db = _h.Open();
        _series = await db.MeetingSeries.Where(s => s.Name == "Delivery Group").Select(s => s.Id).SingleAsync();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task TheSeriesTemplate_DecidesWhichStandingItemsAGeneratedMeetingGets()
    {
        var adminView = await _h.AsAsync<AdminBoardView>(PlanningHarness.Secretariat);
        var seriesAdmin = await _h.AsAsync<SeriesAdministration>(PlanningHarness.Secretariat);
        var editor = await _h.AsAsync<AgendaEditor>(PlanningHarness.Secretariat);
        await seriesAdmin.AddStandingItemAsync(PlanningHarness.Board, _series, new StandingItemForm { Title = "Patient story", MinutesAllotted = 10, Purpose = AgendaPurpose.ForInformation });
        await seriesAdmin.RemoveStandingItemAsync(PlanningHarness.Board, _series, "Action log review");
        await seriesAdmin.GenerateMeetingsAsync(PlanningHarness.Board, _series, 3);
        var generated = (await _h.ScheduleAsync()).Last().Meeting;

        var added = await editor.AddStandingItemsAsync(generated.Id);
        var again = await editor.AddStandingItemsAsync(generated.Id);

        Assert.Equal(5, added);
        Assert.Equal(0, again);
        var titles = (await editor.GetAsync(generated.Id.ToString())).Value!.Items.Select(i => i.Title).ToList();
        Assert.Equal(["Welcome, introductions and apologies", "Declarations of interest", "Minutes of the last meeting and matters arising", "Patient story", "Any other business"], titles);
        var page = (await adminView.GetAsync(PlanningHarness.Board)).Value!;
        Assert.Contains(page.Series.Single().StandingItems, s => s.Title == "Patient story");
    }

    [Fact]
    public async Task ABadOrDuplicateStandingItem_IsRefused_AndTheTemplateStaysAsItWas()
    {
        var seriesAdmin = await _h.AsAsync<SeriesAdministration>(PlanningHarness.Secretariat);
        var memberSeriesAdmin = await _h.AsAsync<SeriesAdministration>(PlanningHarness.Member);

        await Assert.ThrowsAsync<DomainRuleException>(() => seriesAdmin.AddStandingItemAsync(PlanningHarness.Board, _series, new StandingItemForm { Title = "Quick check", MinutesAllotted = 0 }));
        var duplicate = await Assert.ThrowsAsync<DomainRuleException>(() => seriesAdmin.AddStandingItemAsync(PlanningHarness.Board, _series, new StandingItemForm { Title = "any other business" }));
        await Assert.ThrowsAsync<AccessDeniedException>(() => memberSeriesAdmin.AddStandingItemAsync(PlanningHarness.Board, _series, new StandingItemForm { Title = "Mine" }));

        Assert.Contains("already a standing item", duplicate.Message);
        await using var db = _h.Open();
        Assert.Equal(0, await db.SeriesStandingItems.CountAsync());
    }
}
