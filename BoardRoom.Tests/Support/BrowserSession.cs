using Microsoft.Playwright;

namespace BoardRoom.Tests.Support;

/// <summary>A person at a browser: their own context (cookies), signing in through the real form.</summary>
public static class BrowserSession
{
    public static async Task<IPage> SignedInPageAsync(IBrowser browser, AppServer server, string email, ViewportSize? viewport = null)
    {
        var page = await PasswordStepAsync(browser, server, email, viewport);
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>A new browser context that has typed the email and demo password and pressed Sign in (a second step may follow).</summary>
    public static async Task<IPage> PasswordStepAsync(IBrowser browser, AppServer server, string email, ViewportSize? viewport = null)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 860 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync("account/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", AppServer.DemoPassword);
        await page.ClickAsync("button[type=submit]");
        return page;
    }

    /// <summary>Signs in as <paramref name="email"/> in a new context, opens <paramref name="path"/> and waits for its circuit.</summary>
    public static async Task<IPage> OpenAsync(IBrowser browser, AppServer server, string email, string path)
    {
        var page = await SignedInPageAsync(browser, server, email);
        await page.GotoAsync(path);
        await WaitForInteractiveAsync(page);
        return page;
    }

    /// <summary>Waits until the page's circuit is live; acting on pre-rendered HTML before that is flaky.</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("[data-testid=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
}
