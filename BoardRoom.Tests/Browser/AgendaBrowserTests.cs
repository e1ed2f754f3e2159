using BoardRoom.App.Data;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// In the browser collection (one Chromium, run in turn with the other browser tests) but on its own app: it rewrites
/// the demo meeting's agenda, which the shared app's other tests read.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AgendaBrowserTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    private async Task<string> NextMeetingAgendaAsync()
    {
        await using var db = ServerDatabase.Open(Server);
        var board = await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug);
        var id = await db.Meetings.Where(m => m.BoardId == board.Id && m.Status == MeetingStatus.Scheduled)
            .OrderBy(m => m.StartsAt).Select(m => m.Id).FirstAsync();
        return $"meetings/{id}/agenda";
    }

    private async Task<IPage> OpenAsync(string email, string path)
    {
        var page = await BrowserSession.SignedInPageAsync(Browser, Server, email);
        await page.GotoAsync(path);
        await BrowserSession.WaitForInteractiveAsync(page);
        return page;
    }

    private static Task<IReadOnlyList<string>> TitlesAsync(IPage page) =>
        page.Locator("[data-testid=agenda-row] [data-testid=item-title]").AllTextContentsAsync();

    [Fact]
    public async Task Secretariat_BuildsAndReordersTheAgendaByKeyboardAndDrag_CoChairApproves_AndAMemberSeesTheNewOrder()
    {
        var path = await NextMeetingAgendaAsync();
        var secretariat = await OpenAsync("priya.raman@rdfb.example", path);
        var rows = secretariat.Locator("[data-testid=agenda-row]");
        var count = await rows.CountAsync();

        await secretariat.FillAsync("#new-item-title", "Newborn screening: horizon scan");
        await secretariat.FillAsync("#new-item-presenter", "Grace Okafor");
        await secretariat.FillAsync("#new-item-minutes", "10");
        await secretariat.Locator("[data-testid=new-item-save]").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(count + 1);
        // A new item goes before any other business, which stays last.
        await Assertions.Expect(rows.Nth(count - 1)).ToContainTextAsync("Newborn screening: horizon scan");
        await Assertions.Expect(rows.Last).ToContainTextAsync("Any other business");

        // Two places up with the keyboard: focus stays on the item, so the shortcut repeats.
        await rows.Nth(count - 1).FocusAsync();
        await secretariat.Keyboard.PressAsync("Alt+ArrowUp");
        await Assertions.Expect(rows.Nth(count - 2)).ToContainTextAsync("Newborn screening: horizon scan");
        await secretariat.Keyboard.PressAsync("Alt+ArrowUp");
        await Assertions.Expect(rows.Nth(count - 3)).ToContainTextAsync("Newborn screening: horizon scan");
        await Assertions.Expect(secretariat.Locator("[data-testid=agenda-announcement]"))
            .ToHaveTextAsync($"Moved Newborn screening: horizon scan to position {count - 2} of {count + 1}.");
        await Assertions.Expect(secretariat.Locator("[data-testid=agenda-row]:focus")).ToContainTextAsync("Newborn screening: horizon scan");
        // And one by dragging: the last item onto the first.
        var last = await rows.Last.Locator("[data-testid=item-title]").TextContentAsync();
        // Grab and drop by the item number, clear of links and the paper button. Both ends on screen: a drag that has
        // to scroll the page makes Chromium start it from whatever is under the pointer after the scroll.
        await secretariat.SetViewportSizeAsync(1280, 2200);
        await rows.Last.Locator(".br-agenda-pos").DragToAsync(rows.First.Locator(".br-agenda-pos"));
        await Assertions.Expect(rows.First).ToContainTextAsync(last!);
        await Assertions.Expect(rows.First.Locator("[data-testid=item-time]")).ToHaveTextAsync("10:00–10:10");
        var order = await TitlesAsync(secretariat);
        await Assertions.Expect(secretariat.Locator("[data-testid=agenda-total]")).ToHaveTextAsync("120 of 120 minutes planned");
        await secretariat.Context.CloseAsync();

        var coChair = await OpenAsync("helen.marsh@rdfb.example", path);
        await coChair.Locator("[data-testid=approve-agenda]").ClickAsync();
        await coChair.Locator("[data-testid=confirm-ok]").ClickAsync();
        await Assertions.Expect(coChair.Locator("[data-testid=agenda-status]")).ToHaveTextAsync("Approved");
        await coChair.Context.CloseAsync();

        var member = await OpenAsync("aisha.rahman@rdfb.example", path);
        await Assertions.Expect(member.Locator("[data-testid=agenda-status]")).ToHaveTextAsync("Approved");
        Assert.Equal(order, await TitlesAsync(member));
        await Assertions.Expect(member.Locator("button[aria-label^='Move']")).ToHaveCountAsync(0);
        await member.Context.CloseAsync();
    }

    [Fact]
    public async Task AMemberWithTheAgendaAndTheMeetingOpen_SeesAnotherEditorsChangeWithoutReloading()
    {
        var path = await NextMeetingAgendaAsync();
        var member = await OpenAsync("aisha.rahman@rdfb.example", path);
        var memberRows = member.Locator("[data-testid=agenda-row]");
        var count = await memberRows.CountAsync();
        // Laid out as the planning styles say (a grid of number, time, item, tools), not as a bare list.
        Assert.Equal("grid", await memberRows.First.EvaluateAsync<string>("e => getComputedStyle(e).display"));
        var meetingPage = await member.Context.NewPageAsync();
        await meetingPage.GotoAsync(path[..^"/agenda".Length]);
        await BrowserSession.WaitForInteractiveAsync(meetingPage);
        await Assertions.Expect(meetingPage.Locator("[data-testid=agenda-item]")).ToHaveCountAsync(count);
        var minutesBefore = int.Parse((await meetingPage.Locator("[data-testid=agenda-total]").TextContentAsync())!.Trim().Split(' ')[0],
            System.Globalization.CultureInfo.InvariantCulture);

        var secretariat = await OpenAsync("priya.raman@rdfb.example", path);
        await secretariat.FillAsync("#new-item-title", "Patient panel: late addition");
        await secretariat.FillAsync("#new-item-presenter", "Aisha Rahman");
        await secretariat.FillAsync("#new-item-minutes", "5");
        await secretariat.Locator("[data-testid=new-item-save]").ClickAsync();
        await Assertions.Expect(secretariat.Locator("[data-testid=agenda-row]")).ToHaveCountAsync(count + 1);

        // Neither of the member's pages was reloaded: both were told by the server.
        await Assertions.Expect(memberRows).ToHaveCountAsync(count + 1);
        await Assertions.Expect(memberRows.Nth(count - 1)).ToContainTextAsync("Patient panel: late addition");
        await Assertions.Expect(meetingPage.Locator("[data-testid=agenda-item]")).ToHaveCountAsync(count + 1);
        await Assertions.Expect(meetingPage.Locator("[data-testid=agenda-item]").Nth(count - 1)).ToContainTextAsync("Patient panel: late addition");
        await Assertions.Expect(meetingPage.Locator("[data-testid=agenda-total]")).ToContainTextAsync($"{minutesBefore + 5} of");
        await secretariat.Context.CloseAsync();
        await member.Context.CloseAsync();
    }
}
