using System.Globalization;
using BoardRoom.Core.Actions;
using BoardRoom.Core.Decisions;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser.Journeys;

/// <summary>
/// The secretariat corrects the registers after a meeting: moves an action's due date with a reason, moves its status,
/// corrects a decision's wording and supersedes another, and reads each change in the rows' history. Own app: it
/// changes the registers.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SecretariatCorrectsRegistersJourneyTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    [Fact]
    public async Task TheSecretariatCorrectsAnActionAndTwoDecisions_AndEachRowShowsItsHistory()
    {
        string actionRef;
        DateOnly due;
        string earlierRef, laterRef, wordingRef;
        await using (var db = ServerDatabase.Open(Server))
        {
            var board = await db.Boards.SingleAsync(b => b.Slug == "uk-rare-diseases");
            var action = (await db.Actions.Where(a => a.BoardId == board.Id).ToListAsync()).Where(a => a.IsOpen).OrderBy(a => a.Sequence).First();
            (actionRef, due) = (action.Reference, action.DueOn);
            var recorded = (await db.Decisions.Where(d => d.BoardId == board.Id).ToListAsync()).OrderBy(d => d.Year).ThenBy(d => d.Sequence).ToList();
            (earlierRef, laterRef) = (recorded[0].Reference, recorded[1].Reference);
            wordingRef = recorded[1].Reference;
        }
        var newDue = due.AddDays(28);
        var page = await BrowserSession.SignedInPageAsync(Browser, Server, "priya.raman@rdfb.example");
        await page.GotoAsync("actions");
        await BrowserSession.WaitForInteractiveAsync(page);

        var row = page.Locator($"[data-testid=action-row][data-ref='{actionRef}']");
        await row.GetByRole(AriaRole.Button, new() { Name = "Update" }).ClickAsync();
        await row.Locator("[data-testid=action-correct-due] input, input[data-testid=action-correct-due]").First.FillAsync(newDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await row.Locator("[data-testid=action-correct-due-reason] input, input[data-testid=action-correct-due-reason]").First.FillAsync("Wales data arrives in March");
        await row.Locator("[data-testid=action-update-comment] input, input[data-testid=action-update-comment]").First.FillAsync("Drafting started");
        await row.Locator("[data-testid=action-update-status]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("In progress", new() { Exact = true }).ClickAsync();
        // The choice is made on the server: wait until the list has closed on it, as a person sees it, before saving.
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await row.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(row.Locator("[data-testid=history-toggle]")).ToHaveTextAsync("History (2)");
        await row.Locator("[data-testid=history-toggle]").ClickAsync();
        await Assertions.Expect(row.Locator("[data-testid=history-entry]").Nth(0)).ToContainTextAsync($"Due date: {Day(due)} → {Day(newDue)}");
        await Assertions.Expect(row.Locator("[data-testid=history-entry]").Nth(0)).ToContainTextAsync("Reason: Wales data arrives in March");
        await Assertions.Expect(row.Locator("[data-testid=history-entry]").Nth(1)).ToContainTextAsync("Status: Open → In progress");
        await Assertions.Expect(row.Locator("[data-testid=history-entry]").Nth(1)).ToContainTextAsync("Priya Raman");
        await Assertions.Expect(row.Locator("td[data-label=Due]")).ToHaveTextAsync(newDue.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
        await Assertions.Expect(row.Locator("[data-testid=action-rag]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        await ScreenshotsAsync(page, "register-corrections-actions");

        await page.GotoAsync("decisions");
        await BrowserSession.WaitForInteractiveAsync(page);
        var wordingRow = page.Locator($"[data-testid=decision-row][data-ref='{wordingRef}']");
        await wordingRow.GetByRole(AriaRole.Button, new() { Name = "Correct wording" }).ClickAsync();
        var text = wordingRow.Locator("[data-testid=decision-correct-text] textarea, textarea[data-testid=decision-correct-text]").First;
        var original = await text.InputValueAsync();
        await text.FillAsync(original + " (as amended)");
        await wordingRow.Locator("[data-testid=decision-correct-reason] input, input[data-testid=decision-correct-reason]").First.FillAsync("Amendment omitted from the record");
        await wordingRow.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(wordingRow.Locator("[data-testid=decision-text]")).ToHaveTextAsync(original + " (as amended)");
        await Assertions.Expect(wordingRow.Locator("[data-testid=decision-corrected]")).ToHaveTextAsync("corrected");
        await Assertions.Expect(wordingRow.Locator("[data-testid=decision-saved]")).ToContainTextAsync($"Saved {wordingRef}");

        var earlierRow = page.Locator($"[data-testid=decision-row][data-ref='{earlierRef}']");
        await earlierRow.GetByRole(AriaRole.Button, new() { Name = "Supersede" }).ClickAsync();
        // A reference that names no decision is refused beside the form, keeping what was typed.
        await earlierRow.Locator("[data-testid=decision-supersede-ref] input, input[data-testid=decision-supersede-ref]").First.FillAsync("D-1999-99");
        await earlierRow.Locator("[data-testid=decision-correct-reason] input, input[data-testid=decision-correct-reason]").First.FillAsync("Replaced by the wider scope");
        await earlierRow.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(earlierRow.Locator("[data-testid=decision-correct-error]")).ToContainTextAsync("There is no decision D-1999-99 of this board.");
        await earlierRow.Locator("[data-testid=decision-supersede-ref] input, input[data-testid=decision-supersede-ref]").First.FillAsync(laterRef);
        await earlierRow.Locator("[data-testid=decision-correct-reason] input, input[data-testid=decision-correct-reason]").First.FillAsync("Replaced by the wider scope");
        await earlierRow.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(earlierRow.Locator("[data-testid=decision-status]")).ToHaveTextAsync($"Superseded by {laterRef}");

        await wordingRow.Locator("[data-testid=history-toggle]").ClickAsync();
        await Assertions.Expect(wordingRow.Locator("[data-testid=history-entry]")).ToContainTextAsync("Reason: Amendment omitted from the record");
        await earlierRow.Locator("[data-testid=history-toggle]").ClickAsync();
        await Assertions.Expect(earlierRow.Locator("[data-testid=history-entry]")).ToContainTextAsync($"Superseded: In force → Superseded by {laterRef}");
        await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        await ScreenshotsAsync(page, "register-corrections-decisions");

        await using var stored = ServerDatabase.Open(Server);
        var storedAction = (await stored.Actions.Include(a => a.Changes).ToListAsync()).Single(a => a.Reference == actionRef);
        Assert.Equal((newDue, ActionStatus.InProgress), (storedAction.DueOn, storedAction.Status));
        Assert.Equal([ActionChangeField.DueDate, ActionChangeField.Status], storedAction.Changes.OrderBy(c => c.At).ThenBy(c => c.Field).Select(c => c.Field));
        Assert.Equal("Wales data arrives in March", storedAction.Changes.Single(c => c.Field == ActionChangeField.DueDate).Reason);
        var decisions = (await stored.Decisions.Include(d => d.Changes).ToListAsync()).ToDictionary(d => d.Reference);
        Assert.Equal(original + " (as amended)", decisions[wordingRef].Text);
        Assert.Equal(original, decisions[wordingRef].Changes.Single().From);
        Assert.Equal((DecisionStatus.Superseded, decisions[laterRef].Id), (decisions[earlierRef].Status, decisions[earlierRef].SupersededById!.Value));
        await page.Context.CloseAsync();
    }

    private static string Day(DateOnly day) => day.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>{name}-desktop.png at 1280 px and {name}-phone.png at 390 px, where Screens puts them.</summary>
    private static async Task ScreenshotsAsync(IPage page, string name)
    {
        await page.SetViewportSizeAsync(1280, 860);
        await page.WaitForTimeoutAsync(800);
        await page.ScreenshotAsync(new() { Path = Screens.PathFor($"{name}-desktop.png"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        // MudBlazor follows the new breakpoint after a resize and a transition: let it settle.
        await page.WaitForTimeoutAsync(800);
        await page.ScreenshotAsync(new() { Path = Screens.PathFor($"{name}-phone.png"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 860);
    }
}
