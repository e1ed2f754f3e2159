using BoardRoom.Tests.Support;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser.Security;

/// <summary>
/// A co-chair sets up an authenticator app from the account security page, then signs in with password and code, and
/// once with a recovery code; a wrong code lets nobody in.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TwoFactorSignInBrowserTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    private const string Helen = "helen.marsh@rdfb.example";

    private Task<IPage> PasswordStepAsync(string email) => BrowserSession.PasswordStepAsync(Browser, Server, email);

    [Fact]
    public async Task ACoChair_TurnsOnTwoFactor_ThenSignsInWithACode_AndOnceWithARecoveryCode()
    {
        var page = await BrowserSession.SignedInPageAsync(Browser, Server, Helen);
        await BrowserSession.WaitForInteractiveAsync(page);
        await page.ClickAsync("[data-testid=account-security]");
        await Assertions.Expect(page.Locator("[data-testid=two-factor-status]")).ToContainTextAsync("Off");
        await page.ClickAsync("[data-testid=start-two-factor]");
        var key = await page.Locator("[data-testid=shared-key]").InnerTextAsync();
        await Assertions.Expect(page.GetByAltText("QR code for adding BoardRoom to an authenticator app")).ToBeVisibleAsync();
        await page.FillAsync("#verify-code", "000000");
        await page.ClickAsync("[data-testid=enable-two-factor]");
        await Assertions.Expect(page.Locator("[data-testid=security-error]")).ToContainTextAsync("not right");

        await page.FillAsync("#verify-code", Totp.Code(key));
        await page.ClickAsync("[data-testid=enable-two-factor]");

        await Assertions.Expect(page.Locator("[data-testid=two-factor-status]")).ToContainTextAsync("On");
        var codes = await page.Locator("[data-testid=recovery-codes] li").AllInnerTextsAsync();
        Assert.Equal(10, codes.Count);
        await page.ScreenshotAsync(new() { Path = Screens.PathFor("account-security-recovery-codes.png"), FullPage = true });
        await page.Context.CloseAsync();

        // Password alone is no longer enough.
        var second = await PasswordStepAsync(Helen);
        await second.WaitForURLAsync(u => u.Contains("/account/login-2fa", StringComparison.Ordinal));
        await second.GotoAsync("meetings");
        Assert.Contains("/account/login", second.Url);
        await second.Context.CloseAsync();
        second = await PasswordStepAsync(Helen);
        await second.FillAsync("#code", "123456");
        await second.ClickAsync("button[type=submit]");
        await Assertions.Expect(second.Locator("[data-testid=two-factor-error]")).ToContainTextAsync("not right");
        await second.FillAsync("#code", Totp.Code(key));
        await second.ClickAsync("button[type=submit]");
        await BrowserSession.WaitForInteractiveAsync(second);
        await Assertions.Expect(second.Locator("[data-testid=signed-in-as]")).ToHaveTextAsync("Helen Marsh");
        await second.Context.CloseAsync();

        var third = await PasswordStepAsync(Helen);
        await third.WaitForURLAsync(u => u.Contains("/account/login-2fa", StringComparison.Ordinal));
        await third.FillAsync("#code", codes[0]);
        await third.ClickAsync("button[type=submit]");
        await BrowserSession.WaitForInteractiveAsync(third);
        await Assertions.Expect(third.Locator("[data-testid=signed-in-as]")).ToHaveTextAsync("Helen Marsh");
        await third.Context.CloseAsync();

        // A recovery code works once.
        var fourth = await PasswordStepAsync(Helen);
        await fourth.WaitForURLAsync(u => u.Contains("/account/login-2fa", StringComparison.Ordinal));
        await fourth.FillAsync("#code", codes[0]);
        await fourth.ClickAsync("button[type=submit]");
        await Assertions.Expect(fourth.Locator("[data-testid=two-factor-error]")).ToBeVisibleAsync();
        await fourth.Context.CloseAsync();
    }
}
