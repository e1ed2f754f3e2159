using Microsoft.Playwright;

namespace BoardRoom.Tests.Support;

/// <summary>Steps on the run page that several browser tests share.</summary>
public static class RunPage
{
    /// <summary>
    /// Clicks "Start the meeting" and, when the page asks because the meeting is far from its scheduled time (the
    /// demo's next meeting usually is), confirms.
    /// </summary>
    public static async Task StartAsync(IPage page)
    {
        await page.ClickAsync("[data-testid=start-meeting]");
        var confirm = page.Locator("[data-testid=confirm-ok]");
        var running = page.Locator("[data-testid=next-item]");
        await Assertions.Expect(confirm.Or(running)).ToBeVisibleAsync();
        if (await confirm.IsVisibleAsync())
        {
            await confirm.ClickAsync();
        }
        await Assertions.Expect(running).ToBeVisibleAsync();
    }

    /// <summary>Marks a member's attendance and waits until the button shows it pressed.</summary>
    public static async Task MarkAsync(IPage page, string name, string status = "Present")
    {
        var button = page.Locator($"tr[data-person='{name}'] button[data-status={status}]");
        await button.ClickAsync();
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-pressed", "true");
    }

    /// <summary>Makes an item the current one with its "Go to" button.</summary>
    public static async Task GoToItemAsync(IPage page, string title)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"Make {title} the current item" }).ClickAsync();
        await Assertions.Expect(page.Locator(".br-run-current")).ToContainTextAsync(title);
    }

    /// <summary>Records a decision by consensus on the current item; returns its reference (D-2026-03).</summary>
    public static async Task<string> RecordDecisionAsync(IPage page, string text)
    {
        var capture = page.Locator("[data-testid=capture]");
        await capture.GetByRole(AriaRole.Tab, new() { Name = "Decision" }).ClickAsync();
        await capture.Locator("[data-testid=decision-text] textarea, textarea[data-testid=decision-text]").First.FillAsync(text);
        await capture.Locator("[data-testid=record-decision]").ClickAsync();
        return await RecordedReferenceAsync(page, "D-");
    }

    /// <summary>
    /// Records a SMART action on the current item: what, its measure, an owner chosen from the members' list and a due
    /// date picked on the calendar (the 15th of next month). Returns its reference (A-2026-04).
    /// </summary>
    public static async Task<string> RecordActionAsync(IPage page, string what, string measure, string owner)
    {
        var capture = page.Locator("[data-testid=capture]");
        await capture.GetByRole(AriaRole.Tab, new() { Name = "Action" }).ClickAsync();
        await capture.GetByLabel("What is to be done (specific)").FillAsync(what);
        await capture.GetByLabel("Measure of success (measurable)").FillAsync(measure);
        await capture.GetByLabel("Due (timebound)").ClickAsync();
        var calendar = page.Locator(".mud-popover-open .mud-picker");
        await calendar.Locator(".mud-picker-nav-button-next").ClickAsync();
        await calendar.Locator("button.mud-picker-calendar-day:not(.mud-hidden):not([disabled])", new() { HasTextRegex = new("^15$") }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-picker")).ToHaveCountAsync(0);
        await Assertions.Expect(capture.GetByLabel("Due (timebound)")).Not.ToHaveValueAsync("");
        await capture.Locator(".mud-input-control.mud-select", new() { HasText = "Owner (a member)" }).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText(owner, new() { Exact = true }).ClickAsync();
        // The choice is made on the server: wait until the list has closed on it before recording.
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await capture.Locator("[data-testid=record-action]").ClickAsync();
        return await RecordedReferenceAsync(page, "A-");
    }

    /// <summary>Closes the meeting, confirming and keeping the default: items not reached go to the next meeting of the series.</summary>
    public static async Task CloseCarryingForwardAsync(IPage page)
    {
        await page.ClickAsync("[data-testid=close-meeting]");
        var dialog = page.Locator(".mud-dialog");
        await Assertions.Expect(dialog.GetByRole(AriaRole.Radio, new() { Name = "Carry to the next meeting of the series" })).ToBeCheckedAsync();
        await page.ClickAsync("[data-testid=close-confirm]");
        await Assertions.Expect(page.Locator("[data-testid=meeting-finished]")).ToContainTextAsync("closed");
    }

    private static async Task<string> RecordedReferenceAsync(IPage page, string prefix)
    {
        var message = page.Locator("[data-testid=capture-message]");
        await Assertions.Expect(message).ToContainTextAsync("Recorded " + prefix);
        var text = await message.InnerTextAsync();
        return System.Text.RegularExpressions.Regex.Match(text, prefix + @"\d{4}-\d+").Value;
    }
}
