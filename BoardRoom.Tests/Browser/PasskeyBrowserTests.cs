using BoardRoom.App.Data;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// A member adds a passkey on the account security page and later signs in with it, no password typed, in Chromium
/// with a virtual authenticator (WebAuthn through the DevTools protocol) standing in for the device's fingerprint
/// reader. On <c>localhost</c>: WebAuthn refuses an IP address as the site's identity. Its own app: it adds a passkey.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PasskeyBrowserTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    private const string Aisha = "aisha.rahman@rdfb.example";

    [Fact]
    public async Task AMemberAddsAPasskey_ThenSignsInWithIt_WithoutAPassword_AndRemovingItEndsThatWay()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = $"http://localhost:{Server.BaseAddress.Port}/",
            ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        var devtools = await context.NewCDPSessionAsync(page);
        await devtools.SendAsync("WebAuthn.enable");
        await devtools.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });

        // Signed in with her password, she adds a passkey.
        await page.GotoAsync("account/login");
        await page.FillAsync("#email", Aisha);
        await page.FillAsync("#password", AppServer.DemoPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await page.GotoAsync("account/security");
        await Assertions.Expect(page.Locator("[data-testid=passkey-status]")).ToHaveTextAsync("No passkeys yet.");
        await page.ClickAsync("[data-testid=add-passkey]");
        await Assertions.Expect(page.Locator("[data-testid=security-message]")).ToContainTextAsync("Passkey 1 added");
        await Assertions.Expect(page.Locator("[data-testid=passkey]")).ToHaveCountAsync(1);
        await using (var db = ServerDatabase.Open(Server))
        {
            var user = await db.Users.SingleAsync(u => u.Email == Aisha);
            Assert.Equal(1, await db.Set<Microsoft.AspNetCore.Identity.IdentityUserPasskey<string>>().CountAsync(p => p.UserId == user.Id));
        }

        // A new session on the same device: no cookie, no password, only the passkey.
        await context.ClearCookiesAsync();
        await page.GotoAsync("account/login");
        await page.ClickAsync("[data-testid=passkey-sign-in]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await page.GotoAsync("account/security");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(Aisha);

        // She removes it; from then on it signs nobody in.
        await page.ClickAsync("[data-testid=remove-passkey]");
        await Assertions.Expect(page.Locator("[data-testid=security-message]")).ToContainTextAsync("passkey is removed");
        await context.ClearCookiesAsync();
        await page.GotoAsync("account/login");
        await page.ClickAsync("[data-testid=passkey-sign-in]");
        await Assertions.Expect(page.Locator("[data-testid=login-error]")).ToBeVisibleAsync();
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);

        await context.CloseAsync();
    }
}
