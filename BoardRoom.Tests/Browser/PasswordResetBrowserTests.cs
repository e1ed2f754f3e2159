using BoardRoom.App.Features.Access;
using BoardRoom.Tests.Support;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// A member who forgot their password gets back in through the email, in Chromium, with the app sending through a
/// real SMTP server on 127.0.0.1. On its own app: it changes a demo password.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PasswordResetBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Member = "aisha.rahman@rdfb.example";
    private const string NewPassword = "Garden-Path-2026!";
    private TestSmtpServer _smtp = null!;
    private AppServer _app = null!;

    public async Task InitializeAsync()
    {
        _smtp = TestSmtpServer.Start();
        _app = await AppServer.StartAsync(settings: _smtp.AppSettings());
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    private async Task<IPage> PageAsync(int width, int height)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = WcagAudit.Violations(await WcagAudit.RunAsync(page));
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task ForgotPassword_TheEmailedLinkSetsANewPassword_AndThePersonSignsInToTheirHomePage()
    {
        var page = await PageAsync(1280, 860);
        await page.GotoAsync("account/login");
        await page.GetByRole(AriaRole.Link, new() { Name = "Forgot password?" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/forgot-password", StringComparison.Ordinal));
        await AssertAccessibleAsync(page);
        await page.ScreenshotAsync(new() { Path = Screens.PathFor("forgot-password-desktop.png"), FullPage = true });
        await page.FillAsync("#email", Member);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("[data-testid=reset-requested]")).ToContainTextAsync(Member);
        await page.ScreenshotAsync(new() { Path = Screens.PathFor("forgot-password-sent-desktop.png"), FullPage = true });

        var email = await _smtp.WaitForAsync(Member);
        var link = email.LinkTo(PasswordRecovery.Path);
        await page.GotoAsync(link.ToString());
        await Assertions.Expect(page.Locator("[data-testid=reset-email]")).ToHaveTextAsync(Member);
        await AssertAccessibleAsync(page);
        await page.ScreenshotAsync(new() { Path = Screens.PathFor("reset-password-desktop.png"), FullPage = true });
        await page.FillAsync("#password", NewPassword);
        await page.FillAsync("#confirm", NewPassword);
        await page.ClickAsync("button[type=submit]");

        await Assertions.Expect(page.Locator("[data-testid=password-was-reset]")).ToBeVisibleAsync();
        await page.FillAsync("#email", Member);
        await page.FillAsync("#password", NewPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-testid=signed-in-as]")).ToHaveTextAsync("Aisha Rahman");

        // Her email settings, one step from the account page.
        await page.GotoAsync("account/email");
        await AssertAccessibleAsync(page);
        await page.ScreenshotAsync(new() { Path = Screens.PathFor("email-settings-desktop.png"), FullPage = true });

        // She chooses one email a day: saved, shown chosen, and stored.
        await page.Locator("[data-testid=email-daily]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=email-saved]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=email-daily]")).ToBeCheckedAsync();
        await using (var db = ServerDatabase.Open(_app))
        {
            var aisha = db.People.Single(p => p.Email == Member).Id;
            Assert.True(db.EmailDailyDigests.Any(d => d.PersonId == aisha));
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheForgotAndResetPages_FitAPhone()
    {
        var phone = await PageAsync(390, 844);
        await phone.GotoAsync("account/forgot-password");
        await phone.ScreenshotAsync(new() { Path = Screens.PathFor("forgot-password-phone.png"), FullPage = true });
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");
        await phone.FillAsync("#email", "helen.marsh@rdfb.example");
        await phone.ClickAsync("button[type=submit]");
        await Assertions.Expect(phone.Locator("[data-testid=reset-requested]")).ToBeVisibleAsync();

        var link = (await _smtp.WaitForAsync("helen.marsh@rdfb.example")).LinkTo(PasswordRecovery.Path);
        await phone.GotoAsync(link.ToString());
        await Assertions.Expect(phone.Locator("[data-testid=reset-email]")).ToHaveTextAsync("helen.marsh@rdfb.example");
        await phone.ScreenshotAsync(new() { Path = Screens.PathFor("reset-password-phone.png"), FullPage = true });
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");
        await phone.GotoAsync("account/login");
        await phone.ScreenshotAsync(new() { Path = Screens.PathFor("login-with-forgot-phone.png"), FullPage = true });
        await phone.Context.CloseAsync();
    }
}
