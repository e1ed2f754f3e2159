using BoardRoom.Tests.Support;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// Search in Chromium on the shared demo app (it only reads): typed in the app bar's box and sent with Enter, as the
/// secretariat (reserved and public hits, highlighted, one followed) and as an observer (the public hit alone); on a
/// phone from the bar's icon; and the page's WCAG 2.2 AA check.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchBrowserTests(AppServerFixture app, BrowserFixture browser)
{
    private const string ReservedItem = "Procurement of genomic testing services";
    private const string PublicMinutes = "England action plan 2026: progress report";

    /// <summary>Types <paramref name="word"/> into the app bar's search box, by its label, and presses Enter.</summary>
    private static async Task SearchFromTheAppBarAsync(IPage page, string word)
    {
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search your boards" });
        await box.FocusAsync();
        await page.Keyboard.TypeAsync(word);
        await Assertions.Expect(box).ToHaveValueAsync(word);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains($"/search?q={word}", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await BrowserSession.WaitForInteractiveAsync(page);
    }

    private static ILocator Hit(IPage page, string kind, string text) =>
        page.Locator($"[data-testid=search-hit][data-kind={kind}]").Filter(new() { HasText = text });

    [Fact]
    public async Task TheSecretariat_SearchesFromTheAppBar_SeesReservedAndPublicHitsHighlighted_AndFollowsOne()
    {
        var page = await BrowserSession.SignedInPageAsync(browser.Browser, app.Server, "priya.raman@rdfb.example");
        await BrowserSession.WaitForInteractiveAsync(page);

        await SearchFromTheAppBarAsync(page, "genomic");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Search");
        var reserved = Hit(page, "AgendaItem", ReservedItem);
        await Assertions.Expect(reserved).ToHaveCountAsync(1);
        await Assertions.Expect(reserved.Locator("[data-testid=search-hit-reserved]")).ToHaveTextAsync("Reserved");
        await Assertions.Expect(reserved.Locator("mark")).ToHaveTextAsync("genomic");
        var minutes = Hit(page, "Minutes", PublicMinutes);
        await Assertions.Expect(minutes).ToHaveCountAsync(1);
        await Assertions.Expect(minutes.Locator("[data-testid=search-hit-reserved]")).ToHaveCountAsync(0);
        await Assertions.Expect(minutes.Locator("[data-testid=search-snippet] mark").First).ToBeVisibleAsync();
        Assert.Contains("genomic", await minutes.Locator("[data-testid=search-snippet] mark").AllTextContentsAsync());
        // The page's own box holds the query, to refine it.
        await Assertions.Expect(page.GetByLabel("Search for")).ToHaveValueAsync("genomic");
        await page.ScreenshotAsync(new() { Path = Screens.PathFor("search-secretariat.png"), FullPage = true });

        await minutes.Locator("[data-testid=search-hit-link]").ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/minutes#item-", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("h2").Filter(new() { HasText = PublicMinutes })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnObserver_SearchingTheSameWord_SeesOnlyThePublicHit()
    {
        var page = await BrowserSession.SignedInPageAsync(browser.Browser, app.Server, "anna.schmidt@rdfb.example");
        await BrowserSession.WaitForInteractiveAsync(page);

        await SearchFromTheAppBarAsync(page, "genomic");

        await Assertions.Expect(Hit(page, "Minutes", PublicMinutes)).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=search-hit]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=search-count]")).ToHaveTextAsync("1 result for “genomic”.");
        await Assertions.Expect(page.GetByText(ReservedItem)).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=search-hit-reserved]")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OnAPhone_TheAppBarsSearchIcon_OpensTheSearchPage_AndTheResultsFit()
    {
        var page = await BrowserSession.SignedInPageAsync(browser.Browser, app.Server, "helen.marsh@rdfb.example", PhoneFit.Phone);
        await BrowserSession.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Searchbox, new() { Name = "Search your boards" })).ToBeHiddenAsync();
        await PhoneFit.AssertFitsAsync(page, "home with the search icon");
        // The icon takes no room the account controls need: "Sign out" stays on one line.
        var signOut = await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).BoundingBoxAsync();
        Assert.True(signOut is { Height: < 40 }, $"Sign out wraps in the phone's app bar ({signOut?.Height} px high).");

        await page.GetByRole(AriaRole.Link, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/search", StringComparison.Ordinal));
        await BrowserSession.WaitForInteractiveAsync(page);
        await page.GetByLabel("Search for").FillAsync("coordinated care");
        await page.GetByLabel("Search for").PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/search?q=coordinated", StringComparison.Ordinal));
        await BrowserSession.WaitForInteractiveAsync(page);

        await Assertions.Expect(page.Locator("[data-testid=search-hit]").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Screens.PathFor("phone-search.png"), FullPage = true });
        await PhoneFit.AssertFitsAsync(page, "search results");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheSearchPage_HasNoWcag22AaViolations_EmptyOrWithHits()
    {
        var page = await BrowserSession.SignedInPageAsync(browser.Browser, app.Server, "priya.raman@rdfb.example");
        var found = new List<string>();
        foreach (var path in new[] { "search", "search?q=genomic", "search?q=zz-no-such-word" })
        {
            await page.GotoAsync(path);
            await BrowserSession.WaitForInteractiveAsync(page);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            found.AddRange(WcagAudit.Violations(await WcagAudit.RunAsync(page), $"/{path}: "));
        }
        await page.Context.CloseAsync();

        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
