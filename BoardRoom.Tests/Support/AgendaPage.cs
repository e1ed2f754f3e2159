using Microsoft.Playwright;

namespace BoardRoom.Tests.Support;

/// <summary>Steps on a meeting's agenda builder (/meetings/{id}/agenda) that browser tests share.</summary>
public static class AgendaPage
{
    public static ILocator Row(IPage page, string title) => page.Locator("[data-testid=agenda-row]", new() { HasText = title });

    /// <summary>Fills the "Add an item" form and saves it; a reserved item's box is ticked, and seen ticked, first.</summary>
    public static async Task AddItemAsync(IPage page, string title, string presenter, int minutes, bool reserved = false)
    {
        await page.FillAsync("#new-item-title", title);
        await page.FillAsync("#new-item-presenter", presenter);
        await page.FillAsync("#new-item-minutes", minutes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var box = page.Locator("[data-testid=new-item] label", new() { HasText = "Reserved business" }).Locator("input[type=checkbox]");
        if (reserved)
        {
            await box.CheckAsync();
            await Assertions.Expect(box).ToBeCheckedAsync();
        }
        await page.Locator("[data-testid=new-item-save]").ClickAsync();
        await Assertions.Expect(Row(page, title)).ToHaveCountAsync(1);
    }

    /// <summary>Attaches a file to an item through its "Attach paper" input and waits for the link to it.</summary>
    public static async Task AttachPaperAsync(IPage page, string itemTitle, string fileName, string mimeType, byte[] content)
    {
        var row = Row(page, itemTitle);
        var input = row.Locator("input[type=file]");
        // Blazor's InputFile listens for the file only once its script has set the input up, a moment after the circuit
        // is interactive; a file chosen before that is never uploaded.
        await page.WaitForFunctionAsync("input => input._blazorInputFileNextFileId !== undefined", await input.ElementHandleAsync());
        await input.SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = mimeType, Buffer = content });
        await Assertions.Expect(row.Locator("[data-testid=paper-link]", new() { HasText = fileName })).ToBeVisibleAsync();
    }

    /// <summary>A co-chair approves the agenda, confirming in the dialog; the page then names them among those who approved.</summary>
    public static async Task ApproveAsync(IPage page, string name)
    {
        await page.Locator("[data-testid=approve-agenda]").ClickAsync();
        await page.Locator(".mud-dialog [data-testid=confirm-ok]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=agenda-approvals]")).ToContainTextAsync(name);
    }
}
