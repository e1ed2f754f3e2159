using Microsoft.Playwright;

namespace BoardRoom.Tests.Support;

/// <summary>Steps on the run page that several browser tests share.</summary>
public static class RunPage
{
    /// <summary>
    /// Clicks "Start the meeting" and, when the page asks because the meeting is far from its scheduled time (the
    /// demo's next meeting usually is), confirms.
    /// </summary>
    public static async Task StartAsync(IPage page)
    {
        await page.ClickAsync("[data-testid=start-meeting]");
        var confirm = page.Locator("[data-testid=confirm-ok]");
        var running = page.Locator("[data-testid=next-item]");
        await Assertions.Expect(confirm.Or(running)).ToBeVisibleAsync();
        if (await confirm.IsVisibleAsync())
        {
            await confirm.ClickAsync();
        }
        await Assertions.Expect(running).ToBeVisibleAsync();
    }
}
