using Microsoft.Playwright;

namespace BoardRoom.Tests.Support;

/// <summary>Steps on a board's administration page (/boards/{slug}/admin) that browser tests share.</summary>
public static class AdminPage
{
    /// <summary>Generates the series' meetings ahead, so that a closed meeting has a next one to carry items to.</summary>
    public static async Task GenerateMeetingsAsync(IPage page)
    {
        await page.Locator("[data-testid=generate]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=admin-done]")).ToBeVisibleAsync();
    }

    /// <summary>
    /// Ticks the Rules tab's boxes whose labels start with <paramref name="labels"/> and saves. Each box is ticked
    /// through itself and seen ticked before saving: a click landing while the tab settles is lost.
    /// </summary>
    public static async Task TickRulesAsync(IPage page, params string[] labels)
    {
        await page.GetByRole(AriaRole.Tab, new() { Name = "Rules" }).ClickAsync();
        foreach (var label in labels)
        {
            var box = page.Locator("label", new() { HasText = label }).Locator("input[type=checkbox]");
            await box.CheckAsync();
            await Assertions.Expect(box).ToBeCheckedAsync();
        }
        await page.Locator("[data-testid=save-rules]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=admin-done]")).ToContainTextAsync("rules are saved");
    }

    /// <summary>
    /// The secretariat, in a browser of its own on <paramref name="server"/>, picks <paramref name="menuItem"/> in a
    /// member's menu on the Members tab (e.g. "Make observer", "Remove from the board") and sees it done.
    /// </summary>
    public static async Task ChangeMemberAsync(IBrowser browser, AppServer server, string name, string menuItem)
    {
        var secretariat = await BrowserSession.SignedInPageAsync(browser, server, "priya.raman@rdfb.example");
        await secretariat.GotoAsync($"boards/{BoardRoom.App.Data.DemoSeeder.RareDiseasesSlug}/admin");
        await BrowserSession.WaitForInteractiveAsync(secretariat);
        await secretariat.GetByRole(AriaRole.Tab, new() { Name = "Members" }).ClickAsync();
        var row = secretariat.Locator("[data-testid=admin-member]", new() { HasText = name });
        await row.GetByLabel($"Change {name}").ClickAsync();
        await secretariat.GetByText(menuItem, new() { Exact = true }).ClickAsync();
        await Assertions.Expect(secretariat.Locator("[data-testid=admin-done]")).ToContainTextAsync(name);
        await secretariat.Context.CloseAsync();
    }
}
