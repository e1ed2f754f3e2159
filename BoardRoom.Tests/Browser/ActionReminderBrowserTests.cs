using BoardRoom.App.Features.Email;
using BoardRoom.Tests.Support;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// An action owner updates an action from the reminder email, without signing in, and the secretariat sees it in the
/// register; in Chromium, with the app sending through a real SMTP server on 127.0.0.1. On its own app: the secretariat
/// first widens the board's reminder window on the Rules tab so that the demo's next meeting is in it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ActionReminderBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Owner = "oliver.bennett@rdfb.example";
    private const string Update = "Milestone table drafted; with the nations for checking.";
    private TestSmtpServer _smtp = null!;
    private AppServer _app = null!;

    public async Task InitializeAsync()
    {
        _smtp = TestSmtpServer.Start();
        var settings = _smtp.AppSettings();
        settings["BoardRoom__Email__ReminderInterval"] = "00:00:01";
        _app = await AppServer.StartAsync(settings: settings);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task TheOwnerUpdatesAnActionFromTheReminderLink_AndTheSecretariatSeesItInTheRegister()
    {
        // The demo's next meeting is up to six weeks away: the secretariat asks for reminders 42 days ahead.
        var priya = await BrowserSession.SignedInPageAsync(browser.Browser, _app, "priya.raman@rdfb.example");
        await priya.GotoAsync($"boards/{BoardRoom.App.Data.DemoSeeder.RareDiseasesSlug}/admin");
        await BrowserSession.WaitForInteractiveAsync(priya);
        await priya.GetByRole(AriaRole.Tab, new() { Name = "Rules" }).ClickAsync();
        var days = priya.Locator("[data-testid=reminder-days] input, input[data-testid=reminder-days]").First;
        await days.FillAsync("42");
        await days.BlurAsync();
        await Assertions.Expect(days).ToHaveValueAsync("42");
        await priya.Locator("[data-testid=save-rules]").ClickAsync();
        await Assertions.Expect(priya.Locator("[data-testid=admin-done]")).ToContainTextAsync("rules are saved");
        await using (var db = ServerDatabase.Open(_app))
        {
            Assert.Equal(42, db.Boards.Single(b => b.Slug == BoardRoom.App.Data.DemoSeeder.RareDiseasesSlug).ActionReminderDays);
        }
        await priya.Context.CloseAsync();

        var email = await _smtp.WaitForAsync(Owner, TimeSpan.FromSeconds(60));
        Assert.StartsWith("Your actions before", email.Message.Subject);
        var link = email.LinkTo(ActionUpdateLinks.Path);
        // Made after Kestrel bound its port: the link points at the running app.
        Assert.Equal(_app.BaseAddress.Authority, link.Authority);

        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync(link.ToString());
        var summary = page.Locator("[data-testid=action-summary]");
        await Assertions.Expect(summary).ToContainTextAsync("care coordination milestones");
        var reference = await summary.Locator("strong").InnerTextAsync();
        var violations = WcagAudit.Violations(await WcagAudit.RunAsync(page));
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.ScreenshotAsync(new() { Path = Screens.PathFor("action-update-phone.png"), FullPage = true });
        await page.SelectOptionAsync("#status", "InProgress");
        await page.FillAsync("#comment", Update);
        await page.Locator("[data-testid=action-update-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=action-updated]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=action-recent]")).ToContainTextAsync(Update);
        await page.ScreenshotAsync(new() { Path = Screens.PathFor("action-updated-phone.png"), FullPage = true });
        await context.CloseAsync();

        var secretariat = await BrowserSession.SignedInPageAsync(browser.Browser, _app, "priya.raman@rdfb.example");
        await secretariat.GotoAsync("actions");
        await BrowserSession.WaitForInteractiveAsync(secretariat);
        var row = secretariat.Locator($"[data-testid=action-row][data-ref='{reference}']");
        await Assertions.Expect(row).ToContainTextAsync(Update);
        await Assertions.Expect(row).ToContainTextAsync("In progress");
        await secretariat.Context.CloseAsync();
    }
}
