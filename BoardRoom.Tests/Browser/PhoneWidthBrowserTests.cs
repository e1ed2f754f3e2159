using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Browser.Journeys;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// The pages members use on a phone fit a 390 px screen without scrolling sideways, neither the page nor any table
/// inside it: the meeting page and run page (of the next meeting and of the last one held), both registers and the
/// public minutes page; and the registers' essential columns stay in view.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneWidthBrowserTests(AppServerFixture app, BrowserFixture browser)
{
    private static readonly ViewportSize Phone = PhoneFit.Phone;

    private async Task<(Guid Next, Guid Past)> MeetingsAsync()
    {
        await using var db = ServerDatabase.Open(app.Server);
        var board = await db.Boards.SingleAsync(b => b.Slug == "uk-rare-diseases");
        var meetings = await db.Meetings.Where(m => m.BoardId == board.Id).ToListAsync();
        return (meetings.MaxBy(m => m.StartsAt)!.Id.Value, meetings.Single(m => m.Status == MeetingStatus.Closed).Id.Value);
    }

    private static async Task AssertFitsAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Screens.PathFor($"phone-{name}.png"), FullPage = true });
        await PhoneFit.AssertFitsAsync(page, name);
    }

    [Theory]
    [InlineData("meeting")]
    [InlineData("run")]
    [InlineData("past-meeting")]
    [InlineData("past-run")]
    [InlineData("actions")]
    [InlineData("decisions")]
    public async Task SignedInPages_FitAPhone_WithoutScrollingSidewaysAnywhere(string which)
    {
        var page = await BrowserSession.SignedInPageAsync(browser.Browser, app.Server, "helen.marsh@rdfb.example", Phone);
        var (next, past) = await MeetingsAsync();
        await page.GotoAsync(which switch
        {
            "meeting" => $"meetings/{next}",
            "run" => $"meetings/{next}/run",
            "past-meeting" => $"meetings/{past}",
            "past-run" => $"meetings/{past}/run",
            _ => which,
        });
        await BrowserSession.WaitForInteractiveAsync(page);
        await page.WaitForTimeoutAsync(300);

        await AssertFitsAsync(page, which);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheActionRegister_OnAPhone_ShowsEachActionsNumberTextOwnerDueDateAndStatus()
    {
        var page = await BrowserSession.SignedInPageAsync(browser.Browser, app.Server, "helen.marsh@rdfb.example", Phone);
        await page.GotoAsync("actions");
        await BrowserSession.WaitForInteractiveAsync(page);

        var row = page.Locator("[data-testid=action-row]").First;
        await Assertions.Expect(row.Locator("td.br-ref")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^A-\d{4}-\d+$"));
        await Assertions.Expect(row.Locator("td[data-testid=action-text]")).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator("td[data-label=Owner]")).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator("td[data-label=Due]")).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator("td[data-label=Status] .mud-chip")).ToBeVisibleAsync();
        await AssertColumnsInViewAsync(row, "td.br-ref", "td[data-testid=action-text]", "td[data-label=Owner]", "td[data-label=Due]", "td[data-label=Status]");
        await JourneyScreenshots.TakeAsync(page, "phone-actions-register");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheDecisionRegister_OnAPhone_ShowsEachDecisionsNumberTextAndMeeting()
    {
        var page = await BrowserSession.SignedInPageAsync(browser.Browser, app.Server, "helen.marsh@rdfb.example", Phone);
        await page.GotoAsync("decisions");
        await BrowserSession.WaitForInteractiveAsync(page);

        var row = page.Locator("[data-testid=decision-row]").First;
        await Assertions.Expect(row.Locator("td.br-ref")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^D-\d{4}-\d+$"));
        await Assertions.Expect(row.Locator("[data-testid=decision-text]")).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator("td[data-label=Meeting]")).ToBeVisibleAsync();
        await AssertColumnsInViewAsync(row, "td.br-ref", "[data-testid=decision-text]", "td[data-label=Meeting]", "td[data-label='How decided']");
        await JourneyScreenshots.TakeAsync(page, "phone-decisions-register");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ThePublicMinutesPage_FitsAPhone_TablesIncluded()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.Server.BaseAddress.ToString(), ViewportSize = Phone });
        var page = await context.NewPageAsync();
        await page.GotoAsync("forum/uk-rare-diseases");
        var href = await page.Locator("a[href*='/minutes/']").First.GetAttributeAsync("href");
        await page.GotoAsync(href!);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Minutes");
        await Assertions.Expect(page.Locator("[data-testid=minutes] table").First).ToBeVisibleAsync();

        await AssertFitsAsync(page, "forum-minutes");
        // The decisions table as a reader sees it, stacked: each value after its column's name.
        var decisions = page.Locator("[data-testid=minutes] table", new() { HasText = "How decided" }).First;
        await Assertions.Expect(decisions.Locator("td[data-label=Decision]").First).ToBeVisibleAsync();
        await decisions.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Screens.PathFor("phone-forum-minutes-decisions-table.png") });
        await context.CloseAsync();
    }

    /// <summary>Each cell is shown, not hidden away, and lies within the phone's width.</summary>
    private static async Task AssertColumnsInViewAsync(ILocator row, params string[] cells)
    {
        foreach (var cell in cells)
        {
            var box = await row.Locator(cell).First.BoundingBoxAsync();
            Assert.True(box is { Width: > 0, Height: > 0 }, $"{cell} is not shown.");
            Assert.True(box!.X >= 0 && box.X + box.Width <= Phone.Width + 1, $"{cell} lies outside the phone's width ({box.X} + {box.Width}).");
        }
    }
}
