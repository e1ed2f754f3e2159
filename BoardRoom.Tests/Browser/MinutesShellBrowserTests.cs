using BoardRoom.Tests.Support;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// The minutes page inside the app's shell (issue #15, item 4): the same app bar, navigation and account menu as every
/// other page, while typing still goes over the minutes hub alone, with no Blazor circuit on the page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MinutesShellBrowserTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    private async Task<(Guid Meeting, Guid Section)> NextMeetingAsync()
    {
        var section = (await ServerDatabase.SectionsAsync(Server, "uk-rare-diseases"))[0].Id;
        await using var db = ServerDatabase.Open(Server);
        var meeting = db.AgendaItems.Where(i => i.Id == ServerDatabase.ItemId(section)).Select(i => i.MeetingId).Single();
        return (meeting.Value, section);
    }

    [Fact]
    public async Task OnTheDesktop_TheMinutesPageHasTheAppsHeaderAndNavigation_AndTypingNeedsNoCircuit()
    {
        var (meeting, section) = await NextMeetingAsync();
        var signedIn = await BrowserSession.SignedInPageAsync(Browser, Server, "aisha.rahman@rdfb.example");
        // A tab of its own, so that only the minutes page's connections are counted (the home page has a circuit).
        var page = await signedIn.Context.NewPageAsync();
        var sockets = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        var minutes = await MinutesPage.OpenAsync(page, meeting);

        var bar = page.Locator(".mud-appbar");
        await Assertions.Expect(bar.Locator(".br-brand")).ToHaveTextAsync("BoardRoom");
        await Assertions.Expect(bar.GetByTestId("signed-in-as")).ToHaveTextAsync("Aisha Rahman");
        await Assertions.Expect(bar.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        var nav = page.Locator("#br-nav-drawer");
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Meetings" })).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Actions" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Screens.PathFor("minutes-in-shell-desktop.png") });

        await minutes.TypeAsync(section, " Typed inside the shell.");
        var (stored, _) = await ServerDatabase.ReplayLogAsync(Server, section);
        Assert.EndsWith(" Typed inside the shell.", stored);
        Assert.Contains(sockets, url => url.Contains("/hubs/minutes", StringComparison.Ordinal));
        Assert.DoesNotContain(sockets, url => url.Contains("/_blazor", StringComparison.Ordinal));

        // The navigation loads the whole page: the editor's connection ends with the minutes page.
        await nav.GetByRole(AriaRole.Link, new() { Name = "Actions" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/actions", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Actions");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OnAPhone_TheNavigationStartsClosed_TheMenuButtonOpensIt_AndEscapeClosesIt()
    {
        var (meeting, _) = await NextMeetingAsync();
        var page = await BrowserSession.SignedInPageAsync(Browser, Server, "aisha.rahman@rdfb.example", PhoneFit.Phone);
        await MinutesPage.OpenAsync(page, meeting);
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Open navigation" });
        var meetings = page.Locator("#br-nav-drawer").GetByRole(AriaRole.Link, new() { Name = "Meetings" });

        await Assertions.Expect(menu).ToBeVisibleAsync();
        await Assertions.Expect(meetings).ToBeHiddenAsync();
        await PhoneFit.AssertFitsAsync(page, "The minutes page");
        await page.ScreenshotAsync(new() { Path = Screens.PathFor("minutes-in-shell-phone.png") });

        await menu.ClickAsync();
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(meetings).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#br-nav-drawer").GetByRole(AriaRole.Link, new() { Name = "Home" })).ToBeFocusedAsync();
        await page.ScreenshotAsync(new() { Path = Screens.PathFor("minutes-in-shell-phone-menu.png") });

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(meetings).ToBeHiddenAsync();
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(menu).ToBeFocusedAsync();
        await page.Context.CloseAsync();
    }
}
