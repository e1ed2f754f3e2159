using BoardRoom.App.Data;
using BoardRoom.Tests.Support;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// The embedded default, with no SMTP server: an invitation the secretariat sends is delivered to the board's outbox
/// page and to an .eml file in the data folder. On its own app: it adds a member.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OutboxPageBrowserTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    [Fact]
    public async Task WithNoMailServer_TheInvitationEmail_IsOnTheBoardsOutboxPage_AndWrittenAsAnEmlFile()
    {
        var page = await BrowserSession.SignedInPageAsync(Browser, Server, "priya.raman@rdfb.example");
        await page.GotoAsync($"boards/{DemoSeeder.RareDiseasesSlug}/admin");
        await BrowserSession.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Members" }).ClickAsync();
        await page.FillAsync("#new-member-name", "Morag Fraser");
        await page.FillAsync("#new-member-email", "morag.fraser@rdfb.example");
        await page.Locator("[data-testid=add-member]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=admin-done]")).ToContainTextAsync("Morag Fraser added to the board");
        var row = page.Locator("[data-testid=admin-member]", new() { HasText = "Morag Fraser" });
        await row.GetByLabel("Change Morag Fraser").ClickAsync();
        await page.Locator("[data-testid=invite-member]").ClickAsync();
        var link = await page.Locator("#invitation-link").InputValueAsync();
        Assert.Contains("/account/invitation?email=morag.fraser%40rdfb.example&token=", link);

        await page.GotoAsync($"boards/{DemoSeeder.RareDiseasesSlug}/outbox");
        await BrowserSession.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=outbox-mode]")).ToContainTextAsync("No mail server is configured");
        var message = page.Locator("[data-testid=outbox-message]", new() { HasText = "morag.fraser@rdfb.example" });
        await Assertions.Expect(message.Locator("[data-testid=outbox-subject]")).ToHaveTextAsync("You are invited to UK Rare Diseases Framework Board on BoardRoom");
        // Delivered to the outbox folder by the sender within a moment.
        await Assertions.Expect(message.Locator("[data-testid=outbox-status]")).ToHaveTextAsync("Sent", new() { Timeout = 20_000 });
        await page.ScreenshotAsync(new() { Path = Screens.PathFor("outbox-desktop.png"), FullPage = true });
        await message.Locator("[data-testid=outbox-subject]").ClickAsync();
        await Assertions.Expect(message.Locator("[data-testid=outbox-text]")).ToBeVisibleAsync();
        await Assertions.Expect(message.Locator("[data-testid=outbox-text]")).ToContainTextAsync(link);
        await page.WaitForTimeoutAsync(600); // the panel's opening animation, for the screenshot only
        await page.ScreenshotAsync(new() { Path = Screens.PathFor("outbox-open-desktop.png"), FullPage = true });

        var files = Directory.GetFiles(Path.Combine(Server.DataDirectory, "outbox"), "*.eml");
        var eml = Assert.Single(files);
        var parsed = await MimeKit.MimeMessage.LoadAsync(eml);
        Assert.Equal("morag.fraser@rdfb.example", parsed.To.Mailboxes.Single().Address);
        Assert.Contains(link, parsed.TextBody);

        // A seat offered to someone who already uses BoardRoom is not a security message: it carries an unsubscribe
        // link, which asks before it records the opt-out.
        await page.GotoAsync($"boards/{DemoSeeder.RareDiseasesSlug}/admin");
        await BrowserSession.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Members" }).ClickAsync();
        await page.FillAsync("#new-member-name", "Mark Dunn");
        await page.FillAsync("#new-member-email", "mark.dunn@nsap.example");
        await page.Locator("[data-testid=add-member]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=admin-done]")).ToContainTextAsync("already uses BoardRoom");
        await page.GotoAsync($"boards/{DemoSeeder.RareDiseasesSlug}/outbox");
        await BrowserSession.WaitForInteractiveAsync(page);
        var offer = page.Locator("[data-testid=outbox-message]", new() { HasText = "mark.dunn@nsap.example" });
        await offer.Locator("[data-testid=outbox-subject]").ClickAsync();
        // The panel opens with an animation, during which innerText can be partial: wait for the link, then read the
        // <pre>'s textContent, which does not depend on how far the panel has opened.
        var unsubscribeLink = new System.Text.RegularExpressions.Regex(@"https?://\S+/email/unsubscribe\?token=\S+");
        await Assertions.Expect(offer.Locator("[data-testid=outbox-text]")).ToContainTextAsync(unsubscribeLink);
        var offerText = await offer.Locator("[data-testid=outbox-text]").TextContentAsync() ?? "";
        var unsubscribe = unsubscribeLink.Match(offerText).Value;
        Assert.False(string.IsNullOrEmpty(unsubscribe), offerText);

        var mark = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseAddress.ToString() });
        var markPage = await mark.NewPageAsync();
        await markPage.GotoAsync(unsubscribe);
        await Assertions.Expect(markPage.Locator(".br-lead")).ToContainTextAsync("seat offers");
        await markPage.Locator("[data-testid=unsubscribe-confirm]").ClickAsync();
        await Assertions.Expect(markPage.Locator("[data-testid=unsubscribed]")).ToContainTextAsync("seat offers");
        await markPage.ScreenshotAsync(new() { Path = Screens.PathFor("unsubscribed-desktop.png"), FullPage = true });
        await mark.CloseAsync();
        await using (var db = ServerDatabase.Open(Server))
        {
            Assert.Single(db.EmailOptOuts.Where(o => o.Kind == BoardRoom.Core.Notifications.EmailKind.SeatOffer));
        }
        using var http = Server.CreateClient();
        var oneClick = await http.PostAsync(unsubscribe.Replace("/email/unsubscribe?", "/email/unsubscribe/one-click?", StringComparison.Ordinal),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(System.Net.HttpStatusCode.OK, oneClick.StatusCode);

        // Only the secretariat: a member of the board is refused.
        var member = await BrowserSession.SignedInPageAsync(Browser, Server, "aisha.rahman@rdfb.example");
        var refused = await member.GotoAsync($"boards/{DemoSeeder.RareDiseasesSlug}/outbox");
        Assert.Equal(403, refused!.Status);
        await page.Context.CloseAsync();
        await member.Context.CloseAsync();
    }
}
