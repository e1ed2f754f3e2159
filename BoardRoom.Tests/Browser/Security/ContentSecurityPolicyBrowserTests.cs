using BoardRoom.Tests.Support;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser.Security;

/// <summary>
/// The app works under its own Content-Security-Policy: the circuit comes up, the minutes editor saves what is typed,
/// the forum renders, and Chromium reports no refused script, style or connection on the way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyBrowserTests(AppServerFixture app, BrowserFixture browser)
{
    private static List<string> WatchForViolations(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal))
            {
                lock (problems) { problems.Add(message.Text); }
            }
        };
        page.PageError += (_, error) => { lock (problems) { problems.Add(error); } };
        return problems;
    }

    [Fact]
    public async Task SignedInPages_AndTheMinutesEditor_RunUnderThePolicy()
    {
        var minutes = await MinutesPage.OpenAsync(browser.Browser, app.Server, "aisha.rahman@rdfb.example");
        var page = minutes.Page;
        var problems = WatchForViolations(page);
        var response = await page.ReloadAsync();
        Assert.Contains("frame-ancestors 'none'", response!.Headers["content-security-policy"]);
        Assert.DoesNotContain("unsafe-inline", response.Headers["content-security-policy"].Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)));
        await minutes.WaitForStatusAsync("saved");
        var section = (await ServerDatabase.SectionsAsync(app.Server, "uk-rare-diseases"))[6].Id;
        await minutes.FocusEndAsync(section);
        await page.Keyboard.TypeAsync(" csp-check");
        await minutes.WaitForStatusAsync("saved");
        Assert.EndsWith(" csp-check", await minutes.TextAsync(section));

        await page.GotoAsync("");
        await BrowserSession.WaitForInteractiveAsync(page);
        await page.GotoAsync("forum");
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();

        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EveryResponse_CarriesTheSecurityHeaders()
    {
        using var client = app.Server.CreateClient();
        foreach (var path in new[] { "account/login", "forum", "forum/feed.atom", "no-such-page" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.Headers.Contains("Content-Security-Policy"), path);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        }
    }
}
