using BoardRoom.Tests.Support;
using Microsoft.Playwright;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// The pages members use on a phone fit a 390 px screen without sideways scrolling: the meeting page, the run page,
/// both registers and the public minutes page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneWidthBrowserTests(AppServerFixture app, BrowserFixture browser)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private async Task<Guid> NextMeetingAsync()
    {
        await using var db = ServerDatabase.Open(app.Server);
        var board = await db.Boards.SingleAsync(b => b.Slug == "uk-rare-diseases");
        return (await db.Meetings.Where(m => m.BoardId == board.Id).ToListAsync()).MaxBy(m => m.StartsAt)!.Id.Value;
    }

    private static async Task AssertFitsAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Screens.PathFor($"phone-{name}.png"), FullPage = true });
        var width = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
        var widest = await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1)" +
            ".sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right).slice(0, 3).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + ' in ' + " +
            "(e.closest('table') ? getComputedStyle(e.closest('table')).display + ' ' + e.closest('table').className : e.parentElement.outerHTML.slice(0, 120))).join(' | ')");
        Assert.True(width <= Phone.Width, $"{name} is {width} px wide on a {Phone.Width} px phone: {widest}");
    }

    [Theory]
    [InlineData("meeting")]
    [InlineData("run")]
    [InlineData("actions")]
    [InlineData("decisions")]
    public async Task SignedInPages_FitAPhone(string which)
    {
        var page = await BrowserSession.SignedInPageAsync(browser.Browser, app.Server, "helen.marsh@rdfb.example", Phone);
        var meeting = await NextMeetingAsync();
        await page.GotoAsync(which switch
        {
            "meeting" => $"meetings/{meeting}",
            "run" => $"meetings/{meeting}/run",
            _ => which,
        });
        await BrowserSession.WaitForInteractiveAsync(page);
        await page.WaitForTimeoutAsync(300);

        await AssertFitsAsync(page, which);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ThePublicMinutesPage_FitsAPhone()
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.Server.BaseAddress.ToString(), ViewportSize = Phone });
        var page = await context.NewPageAsync();
        await page.GotoAsync("forum/uk-rare-diseases");
        var href = await page.Locator("a[href*='/minutes/']").First.GetAttributeAsync("href");
        await page.GotoAsync(href!);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Minutes");

        await AssertFitsAsync(page, "forum-minutes");
        await context.CloseAsync();
    }
}
