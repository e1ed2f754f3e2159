using BoardRoom.App.Data;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MimeKit;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// A member of the public asks, on a board's forum page, to get its minutes by email; the confirmation arrives (as an
/// .eml file on the embedded default) and following it, then pressing Confirm, subscribes them. On its own app.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ForumSubscriptionBrowserTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    [Fact]
    public async Task AReaderSubscribesOnTheForumPage_AndConfirmsFromTheEmail()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"forum/{DemoSeeder.RareDiseasesSlug}");
        var form = page.Locator("[data-testid=forum-subscribe]");

        // A typo is refused next to the form, and nothing is sent.
        await form.GetByLabel("Email address").FillAsync("reader.example.net");
        await page.EvaluateAsync("() => document.querySelector('[data-testid=forum-subscribe]').noValidate = true");
        await form.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=forum-subscribe-error]")).ToContainTextAsync("Give an email address");

        await page.Locator("[data-testid=forum-subscribe]").GetByLabel("Email address").FillAsync("reader@example.net");
        await page.Locator("[data-testid=forum-subscribe]").GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=forum-subscribe-sent]")).ToContainTextAsync("Check your inbox");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "the forum page scrolls sideways on a phone");
        await page.ScreenshotAsync(new() { Path = Screens.PathFor("forum-subscribe-phone.png"), FullPage = true });

        var link = await ConfirmationLinkAsync();
        await page.GotoAsync(link);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Email me when UK Rare Diseases Framework Board publishes minutes?");
        await page.Locator("[data-testid=subscription-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=subscription-confirmed]")).ToContainTextAsync("Subscribed");
        await page.ScreenshotAsync(new() { Path = Screens.PathFor("forum-subscription-confirmed-phone.png"), FullPage = true });
        await using (var db = ServerDatabase.Open(Server))
        {
            var row = await db.ForumSubscriptions.SingleAsync();
            Assert.Equal("reader@example.net", row.Email);
            Assert.NotNull(row.ConfirmedAt);
        }

        // A link someone made up confirms or stops nothing.
        await page.GotoAsync("forum/subscription/unsubscribe?token=made-up");
        await Assertions.Expect(page.Locator("[data-testid=subscription-invalid]")).ToBeVisibleAsync();
        await context.CloseAsync();
    }

    private async Task<string> ConfirmationLinkAsync()
    {
        var folder = Path.Combine(Server.DataDirectory, "outbox");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
            {
                var message = await MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Single().Address == "reader@example.net")
                {
                    var match = System.Text.RegularExpressions.Regex.Match(message.TextBody ?? string.Empty, @"https?://\S+/forum/subscription/confirm\?token=\S+");
                    Assert.True(match.Success, message.TextBody);
                    return match.Value;
                }
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("The confirmation email did not arrive.");
    }
}
