using System.Globalization;
using BoardRoom.App.Data;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser.Journeys;

/// <summary>
/// A co-chair runs the demo's next meeting, does not reach every item, and closes it: asked first, choosing to carry
/// what was not reached to the next meeting. Own app: it runs and closes the meeting.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CoChairClosesMeetingJourneyTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    private const string Registry = "Data and digital: shared rare disease registry specification";
    private const string Procurement = "Procurement of genomic testing services";

    private async Task<IPage> OpenAsync(string email, string path)
    {
        var page = await BrowserSession.SignedInPageAsync(Browser, Server, email);
        await page.GotoAsync(path);
        await BrowserSession.WaitForInteractiveAsync(page);
        return page;
    }

    private async Task<List<Meeting>> SeriesMeetingsAsync()
    {
        await using var db = ServerDatabase.Open(Server);
        var board = await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug);
        return (await db.Meetings.Include(m => m.AgendaItems).Where(m => m.BoardId == board.Id && m.SeriesId != null).ToListAsync())
            .OrderBy(m => m.StartsAt).ToList();
    }

    [Fact]
    public async Task ClosingWithItemsNotReached_AsksFirst_CarriesThemForward_LeavesTheRunPageReadOnly_AndTheMinutesSayNotReached()
    {
        // The secretariat has planned the meetings ahead, so there is a next meeting to carry to.
        var priya = await OpenAsync("priya.raman@rdfb.example", $"boards/{DemoSeeder.RareDiseasesSlug}/admin");
        await priya.Locator("[data-testid=generate]").ClickAsync();
        await Assertions.Expect(priya.Locator("[data-testid=admin-done]")).ToBeVisibleAsync();
        var meetings = await SeriesMeetingsAsync();
        var today = meetings.First(m => m.Status == MeetingStatus.Scheduled);
        var next = meetings.First(m => m.Status == MeetingStatus.Scheduled && m.StartsAt > today.StartsAt);

        var chair = await OpenAsync("helen.marsh@rdfb.example", $"meetings/{today.Id}/run");
        await RunPage.StartAsync(chair);
        var present = chair.Locator("tr[data-person='Helen Marsh'] button[data-status=Present]");
        await present.ClickAsync();
        await Assertions.Expect(present).ToHaveAttributeAsync("aria-pressed", "true");
        // The four opening items and the Wales plan are taken; the registry, procurement (reserved), training and AOB are not.
        var wales = today.AgendaItems.Single(i => i.Title.StartsWith("Wales", StringComparison.Ordinal));
        for (var i = 1; i < wales.Position; i++)
        {
            await chair.ClickAsync("[data-testid=next-item]");
            await Assertions.Expect(chair.Locator(".br-run-current")).ToContainTextAsync($"{i + 1}. ");
        }
        await Assertions.Expect(chair.Locator(".br-run-current")).ToContainTextAsync(wales.Title);

        // Closing asks first; keeping the meeting open changes nothing.
        await chair.ClickAsync("[data-testid=close-meeting]");
        var dialog = chair.Locator(".mud-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync("These 3 items were not reached");
        await Assertions.Expect(dialog.Locator("[data-testid=close-not-reached]")).ToContainTextAsync(Registry);
        await Assertions.Expect(dialog).ToContainTextAsync("Any other business");
        await chair.ClickAsync("[data-testid=close-cancel]");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(chair.Locator("[data-testid=next-item]")).ToBeVisibleAsync();

        await chair.ClickAsync("[data-testid=close-meeting]");
        await Assertions.Expect(dialog.GetByRole(AriaRole.Radio, new() { Name = "Carry to the next meeting of the series" })).ToBeCheckedAsync();
        await JourneyScreenshots.TakeAsync(chair, "close-meeting-dialog");
        await chair.ClickAsync("[data-testid=close-confirm]");

        // The run page is now a record: no capture, no attendance buttons, no declarations form, items say where they went.
        await Assertions.Expect(chair.Locator("[data-testid=meeting-finished]")).ToContainTextAsync("closed");
        await Assertions.Expect(chair.Locator("[data-testid=capture-closed]")).ToBeVisibleAsync();
        await Assertions.Expect(chair.Locator("[data-testid=record-decision]")).ToHaveCountAsync(0);
        await Assertions.Expect(chair.Locator("[data-testid=attendance] button")).ToHaveCountAsync(0);
        await Assertions.Expect(chair.Locator("[data-testid=declarations] button")).ToHaveCountAsync(0);
        await Assertions.Expect(chair.Locator("[data-testid=run-outcome]", new() { HasText = Registry }))
            .ToContainTextAsync($"Not reached: carried to meeting {next.Number}");
        await JourneyScreenshots.TakeAsync(chair, "run-page-after-close");

        var after = (await SeriesMeetingsAsync()).Single(m => m.Id == today.Id);
        Assert.Equal(MeetingStatus.Closed, after.Status);
        Assert.Equal(AgendaItemOutcome.Taken, after.AgendaItems.Single(i => i.Id == wales.Id).Outcome);
        Assert.Equal(AgendaItemOutcome.CarriedForward, after.AgendaItems.Single(i => i.Title == Registry).Outcome);
        Assert.Equal(AgendaItemOutcome.NotReached, after.AgendaItems.Single(i => i.Title == "Any other business").Outcome);

        // The next meeting's agenda (generated, so far empty) has the items of business carried; standing items are not carried.
        await chair.GotoAsync($"meetings/{next.Id}/agenda");
        await BrowserSession.WaitForInteractiveAsync(chair);
        var rows = chair.Locator("[data-testid=agenda-row]");
        await Assertions.Expect(rows.Filter(new() { HasText = Registry })).ToContainTextAsync($"Carried forward from meeting {today.Number}");
        await Assertions.Expect(rows.Filter(new() { HasText = Procurement })).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Filter(new() { HasText = "Carried forward from meeting" })).ToHaveCountAsync(3);
        await JourneyScreenshots.TakeAsync(chair, "next-agenda-with-carried-items");
        await chair.Context.CloseAsync();

        // The minutes say so and describe none of that business; no reserved business was taken, so none is counted.
        var nextDay = LondonTime.ToLocal(next.StartsAt).ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        await priya.GotoAsync($"meetings/{today.Id}/publication");
        await BrowserSession.WaitForInteractiveAsync(priya);
        var publicPreview = priya.Locator("[data-testid=preview-public]");
        await Assertions.Expect(publicPreview).ToContainTextAsync($"Not reached; carried to the meeting of {nextDay}.");
        await Assertions.Expect(publicPreview).ToContainTextAsync("Any other business");
        await Assertions.Expect(publicPreview).Not.ToContainTextAsync("Reserved business:");
        await Assertions.Expect(publicPreview).Not.ToContainTextAsync(Procurement);
        await Assertions.Expect(publicPreview).Not.ToContainTextAsync("Presented by Daniel Price");
        await publicPreview.GetByText("Not reached; carried to the meeting of").First.ScrollIntoViewIfNeededAsync();
        await JourneyScreenshots.TakeAsync(priya, "minutes-preview-not-reached");
        await priya.Context.CloseAsync();
    }
}
