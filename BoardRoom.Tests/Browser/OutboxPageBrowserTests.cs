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
        await page.ScreenshotAsync(new() { Path = Screens.PathFor("outbox-open-desktop.png"), FullPage = true });

        var files = Directory.GetFiles(Path.Combine(Server.DataDirectory, "outbox"), "*.eml");
        var eml = Assert.Single(files);
        var parsed = await MimeKit.MimeMessage.LoadAsync(eml);
        Assert.Equal("morag.fraser@rdfb.example", parsed.To.Mailboxes.Single().Address);
        Assert.Contains(link, parsed.TextBody);

        // Only the secretariat: a member of the board is refused.
        var member = await BrowserSession.SignedInPageAsync(Browser, Server, "aisha.rahman@rdfb.example");
        var refused = await member.GotoAsync($"boards/{DemoSeeder.RareDiseasesSlug}/outbox");
        Assert.Equal(403, refused!.Status);
        await page.Context.CloseAsync();
        await member.Context.CloseAsync();
    }
}
