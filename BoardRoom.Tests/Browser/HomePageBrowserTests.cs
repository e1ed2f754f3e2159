using System.Text.RegularExpressions;
using BoardRoom.Tests.Support;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed partial class HomePageBrowserTests(AppServerFixture app, BrowserFixture browser)
{
    [Fact]
    public async Task DemoMember_SignsIn_AndSeesTheNextMeetingOnTheHomePage()
    {
        var page = await BrowserSession.SignedInPageAsync(browser.Browser, app.Server, "aisha.rahman@rdfb.example");
        await BrowserSession.WaitForInteractiveAsync(page);

        var nextMeetings = page.Locator("[data-testid=next-meetings]");
        await Assertions.Expect(nextMeetings).ToContainTextAsync(MeetingTitle());
        await Assertions.Expect(nextMeetings).ToContainTextAsync("Co-chairs: Helen Marsh and");
        await Assertions.Expect(page.Locator("[data-testid=signed-in-as]")).ToHaveTextAsync("Aisha Rahman");
        // The esbuild bundle's stylesheet is served and applied (the date tile's tint comes from it).
        var tileColour = await page.Locator(".br-date-tile").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(232, 240, 251)", tileColour);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ChoosingTheNextMeeting_OpensItsAgenda_WithComputedStartTimes()
    {
        var page = await BrowserSession.SignedInPageAsync(browser.Browser, app.Server, "aisha.rahman@rdfb.example");
        await BrowserSession.WaitForInteractiveAsync(page);

        await page.Locator("[data-testid=meeting-row]").First.ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(MeetingTitle());
        var items = page.Locator("[data-testid=agenda-item]");
        await Assertions.Expect(items.First).ToContainTextAsync("10:00");
        await Assertions.Expect(items.Nth(1)).ToContainTextAsync("10:05");
        await Assertions.Expect(page.Locator("[data-testid=agenda-total]")).ToContainTextAsync("of 120 minutes planned");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OnAPhone_TheNavigationFoldsIntoAMenuButton()
    {
        var page = await BrowserSession.SignedInPageAsync(browser.Browser, app.Server, "aisha.rahman@rdfb.example", new ViewportSize { Width = 390, Height = 844 });
        await BrowserSession.WaitForInteractiveAsync(page);

        var menu = page.GetByLabel("Open navigation");
        await Assertions.Expect(menu).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Decisions" })).Not.ToBeInViewportAsync();
        await menu.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Decisions" })).ToBeInViewportAsync();
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "The home page scrolls sideways on a phone.");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"Delivery Group meeting \d+")]
    private static partial Regex MeetingTitle();
}
