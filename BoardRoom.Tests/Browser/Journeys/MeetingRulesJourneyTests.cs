using BoardRoom.App.Data;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser.Journeys;

/// <summary>
/// The secretariat lets the board record inquorate decisions to be ratified; a co-chair approves the agenda (the
/// page says who), starts the meeting weeks early (asked first), and records a decision with too few present.
/// Own app: it changes the board's rules and runs the meeting.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MeetingRulesJourneyTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    private async Task<IPage> OpenAsync(string email, string path)
    {
        var page = await BrowserSession.SignedInPageAsync(Browser, Server, email);
        await page.GotoAsync(path);
        await BrowserSession.WaitForInteractiveAsync(page);
        return page;
    }

    /// <summary>What the person saw, at desktop and phone widths, into <see cref="Screens"/>' folder (not the repository).</summary>
    private static async Task ShootAsync(IPage page, string name)
    {
        foreach (var (suffix, width, height) in new[] { ("desktop", 1280, 860), ("phone", 390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            // MudBlazor's layout follows a new breakpoint after a resize event and a transition: let it settle.
            await page.WaitForTimeoutAsync(800);
            await page.ScreenshotAsync(new() { Path = Screens.PathFor($"{name}-{suffix}.png") });
        }
        await page.SetViewportSizeAsync(1280, 860);
    }

    [Fact]
    public async Task InquorateRule_EarlyStart_AndAgendaApproval_AreEachConfirmedAndShown()
    {
        // The demo's next meeting, three weeks away whatever today is.
        MeetingId meetingId;
        await using (var db = ServerDatabase.Open(Server))
        {
            var board = await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug);
            var meeting = (await db.Meetings.Where(m => m.BoardId == board.Id && m.Status == MeetingStatus.Scheduled).ToListAsync()).MinBy(m => m.StartsAt)!;
            meeting.Reschedule(DateTimeOffset.UtcNow.AddDays(21), meeting.Length);
            await db.SaveChangesAsync();
            meetingId = meeting.Id;
        }

        // The secretariat chooses, on the Rules tab, to record inquorate decisions as to be ratified.
        var priya = await OpenAsync("priya.raman@rdfb.example", $"boards/{DemoSeeder.RareDiseasesSlug}/admin");
        await priya.GetByRole(AriaRole.Tab, new() { Name = "Rules" }).ClickAsync();
        // Ticked through the box itself, and seen ticked, before saving: a click landing while the tab settles is lost.
        var inquorate = priya.Locator("label", new() { HasText = "Record a decision taken while the meeting is not quorate" }).Locator("input[type=checkbox]");
        await inquorate.CheckAsync();
        await Assertions.Expect(inquorate).ToBeCheckedAsync();
        await priya.ClickAsync("[data-testid=save-rules]");
        await Assertions.Expect(priya.Locator("[data-testid=admin-done]")).ToContainTextAsync("rules are saved");
        await priya.Context.CloseAsync();
        await using (var db = ServerDatabase.Open(Server))
        {
            Assert.True((await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug)).AllowsInquorateDecisions);
        }

        // The permanent co-chair approves the agenda, confirming first; the page says exactly who approved.
        var helen = await OpenAsync("helen.marsh@rdfb.example", $"meetings/{meetingId}/agenda");
        await helen.ClickAsync("[data-testid=approve-agenda]");
        var dialog = helen.Locator(".mud-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync("Your approval is recorded with your name and the time");
        await ShootAsync(helen, "approve-agenda-dialog");
        await dialog.Locator("[data-testid=confirm-ok]").ClickAsync();
        await Assertions.Expect(helen.Locator("[data-testid=agenda-status]")).ToHaveTextAsync("Approved");
        await Assertions.Expect(helen.Locator("[data-testid=agenda-approvals]")).ToContainTextAsync("Approved by Helen Marsh, ");

        // Starting three weeks early asks first and says what the record will show.
        await helen.GotoAsync($"meetings/{meetingId}/run");
        await BrowserSession.WaitForInteractiveAsync(helen);
        await helen.ClickAsync("[data-testid=start-meeting]");
        await Assertions.Expect(dialog).ToContainTextAsync("starting it now records it as held today");
        await Assertions.Expect(dialog).ToContainTextAsync("This meeting is scheduled for ");
        await ShootAsync(helen, "start-early-dialog");
        await dialog.Locator("[data-testid=confirm-ok]").ClickAsync();
        await Assertions.Expect(helen.Locator("[data-testid=next-item]")).ToBeVisibleAsync();

        // Only Helen present: not quorate, so the decision is recorded to be ratified.
        var present = helen.Locator("tr[data-person='Helen Marsh'] button[data-status=Present]");
        await present.ClickAsync();
        await Assertions.Expect(present).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(helen.Locator("[data-testid=quorum]")).ToHaveAttributeAsync("data-quorate", "false");
        await helen.Locator("[data-testid=decision-text] textarea, textarea[data-testid=decision-text]").First.FillAsync("Welcome the new patient representative.");
        await helen.ClickAsync("[data-testid=record-decision]");
        await Assertions.Expect(helen.Locator("[data-testid=capture-message]")).ToContainTextAsync("Recorded D-");

        await helen.GotoAsync($"meetings/{meetingId}");
        await BrowserSession.WaitForInteractiveAsync(helen);
        await Assertions.Expect(helen.Locator("[data-testid=decision]").First).ToContainTextAsync("taken inquorate, to be ratified");
        await helen.Context.CloseAsync();
        await using var check = ServerDatabase.Open(Server);
        Assert.True((await check.Decisions.SingleAsync(d => d.MeetingId == meetingId)).TakenInquorate);
    }
}
