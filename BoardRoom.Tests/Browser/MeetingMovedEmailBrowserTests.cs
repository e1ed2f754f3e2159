using System.Globalization;
using BoardRoom.App.Data;
using BoardRoom.Tests.Support;
using Microsoft.Playwright;
using MimeKit;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// The secretariat moves and then cancels a meeting on the board's administration page; every member is emailed the
/// calendar update (an iCalendar REQUEST, then a CANCEL, with the feed's UID), which the secretariat reads in the
/// outbox and which lands as .eml files. On its own app: it changes the calendar.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MeetingMovedEmailBrowserTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    [Fact]
    public async Task MovingThenCancellingAMeeting_EmailsMembersTheCalendarUpdateAndTheCancel()
    {
        var page = await BrowserSession.SignedInPageAsync(Browser, Server, "priya.raman@rdfb.example");
        await page.GotoAsync($"boards/{DemoSeeder.RareDiseasesSlug}/admin");
        await BrowserSession.WaitForInteractiveAsync(page);

        var row = page.Locator("[data-testid=admin-meeting]", new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Move" }) }).First;
        var title = (await row.Locator("td").First.InnerTextAsync()).Trim();
        await row.GetByRole(AriaRole.Button, new() { Name = "Move" }).ClickAsync();
        var table = page.Locator("[data-testid=admin-meetings]");
        var date = table.GetByLabel("Date");
        await Assertions.Expect(date).Not.ToHaveValueAsync("");
        var day = DateOnly.ParseExact(await date.InputValueAsync(), "yyyy-MM-dd").AddDays(1);
        await date.FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await table.GetByLabel("Reason").FillAsync("The venue is closed that day");
        await table.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).Last.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=admin-done]")).ToContainTextAsync($"{title} moved; members were emailed the calendar update");

        await page.GotoAsync($"boards/{DemoSeeder.RareDiseasesSlug}/outbox");
        await BrowserSession.WaitForInteractiveAsync(page);
        var moved = page.Locator("[data-testid=outbox-message]", new() { HasText = "aisha.rahman@rdfb.example" })
            .Filter(new() { Has = page.Locator("[data-testid=outbox-subject]", new() { HasTextString = $"Moved: {title}" }) });
        await Assertions.Expect(moved).ToHaveCountAsync(1);
        await moved.Locator("[data-testid=outbox-subject]").ClickAsync();
        await Assertions.Expect(moved.Locator("[data-testid=outbox-text]")).ToContainTextAsync("The venue is closed that day");
        await Assertions.Expect(moved.Locator("[data-testid=outbox-attachments]")).ToHaveTextAsync("Attached: invite.ics (calendar request)");
        await page.WaitForTimeoutAsync(600); // the panel's opening animation, for the screenshot only
        await page.ScreenshotAsync(new() { Path = Screens.PathFor("outbox-meeting-moved-desktop.png"), FullPage = true });

        // Cancelled: the same meeting, from the same page.
        await page.GotoAsync($"boards/{DemoSeeder.RareDiseasesSlug}/admin");
        await BrowserSession.WaitForInteractiveAsync(page);
        row = page.Locator("[data-testid=admin-meeting]", new() { HasText = title });
        await row.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        table = page.Locator("[data-testid=admin-meetings]");
        await table.GetByLabel("Reason").FillAsync("Business moved to the next meeting");
        await table.GetByRole(AriaRole.Button, new() { Name = "Cancel this meeting" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=admin-done]")).ToContainTextAsync($"{title} cancelled; members were emailed the calendar cancellation");

        // Delivered to the outbox folder (no mail server in the embedded default): one update and one cancel each, same UID.
        var folder = Path.Combine(Server.DataDirectory, "outbox");
        var calendars = new List<(string Subject, string Method, string Uid)>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            calendars.Clear();
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
            {
                var message = await MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Single().Address != "aisha.rahman@rdfb.example")
                {
                    continue;
                }
                foreach (var part in message.Attachments.OfType<MimePart>().Where(p => p.ContentType.IsMimeType("text", "calendar")))
                {
                    using var stream = new MemoryStream();
                    await part.Content!.DecodeToAsync(stream);
                    var calendar = Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(stream.ToArray()))!;
                    calendars.Add((message.Subject ?? string.Empty, calendar.Method!, calendar.Events.Single().Uid!));
                }
            }
            if (calendars.Count(c => c.Subject.StartsWith("Moved:", StringComparison.Ordinal) || c.Subject.StartsWith("Cancelled:", StringComparison.Ordinal)) >= 2 || DateTime.UtcNow > deadline)
            {
                break;
            }
            await Task.Delay(250);
        }
        var update = Assert.Single(calendars, c => c.Subject.StartsWith($"Moved: {title}", StringComparison.Ordinal));
        var cancel = Assert.Single(calendars, c => c.Subject.StartsWith($"Cancelled: {title}", StringComparison.Ordinal));
        Assert.Equal("REQUEST", update.Method);
        Assert.Equal("CANCEL", cancel.Method);
        Assert.Equal(update.Uid, cancel.Uid);
        await page.Context.CloseAsync();
    }
}
