using BoardRoom.Tests.Support;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// Another member's name label on their caret is drawn whole inside the editor, on the first line too (where a label
/// above the caret would be cut off by the editor's top edge). Own app: it types into the demo's minutes.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RemoteCaretLabelBrowserTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    [Fact]
    public async Task ARemoteCaretLabel_OnTheFirstLineAndBelowIt_IsFullyInsideTheEditor()
    {
        var section = (await ServerDatabase.SectionsAsync(Server, "uk-rare-diseases"))[0].Id;
        var aisha = await MinutesPage.OpenAsync(Browser, Server, "aisha.rahman@rdfb.example");
        var helen = await MinutesPage.OpenAsync(Browser, Server, "helen.marsh@rdfb.example");
        await helen.FocusEndAsync(section);
        await helen.Page.Keyboard.TypeAsync("Helen opened the meeting.");
        await helen.WaitForStatusAsync("saved");

        var label = aisha.Section(section).Locator(".br-remote-caret[data-name='Helen Marsh'] .br-remote-caret-label");
        await Assertions.Expect(label).ToHaveTextAsync("Helen Marsh");
        await AssertInsideEditorAsync(aisha, section, label);
        await aisha.Section(section).ScreenshotAsync(new() { Path = Screens.PathFor("remote-caret-first-line.png") });
        // Aisha has not entered the section: Helen's edits arriving there do not announce a caret of hers.
        await helen.Page.WaitForTimeoutAsync(600);
        await Assertions.Expect(helen.Section(section).Locator(".br-remote-caret[data-name='Aisha Rahman']")).ToHaveCountAsync(0);

        // On a later line the label sits above the caret, still inside.
        await helen.Page.Keyboard.PressAsync("Enter");
        await helen.Page.Keyboard.TypeAsync("Apologies: none.");
        await helen.WaitForStatusAsync("saved");
        await Assertions.Expect(aisha.Section(section).Locator(".cm-line").Nth(1)).ToContainTextAsync("Apologies: none.");
        await Assertions.Expect(aisha.Section(section).Locator(".cm-line").Nth(1).Locator(".br-remote-caret-label")).ToHaveCountAsync(1);
        await AssertInsideEditorAsync(aisha, section, label);
        await aisha.Section(section).ScreenshotAsync(new() { Path = Screens.PathFor("remote-caret-second-line.png") });
        await aisha.Page.Context.CloseAsync();
        await helen.Page.Context.CloseAsync();
    }

    private static async Task AssertInsideEditorAsync(MinutesPage page, Guid section, ILocator label)
    {
        // The label is a new node after each move of Helen's caret: a box read while it is being replaced is null,
        // so read again until both boxes are there.
        LocatorBoundingBoxResult? box = null, editor = null;
        for (var attempt = 0; attempt < 50 && (box is null || editor is null); attempt++)
        {
            if (attempt > 0) await page.Page.WaitForTimeoutAsync(100);
            box = await label.BoundingBoxAsync();
            editor = await page.Section(section).Locator(".cm-scroller").BoundingBoxAsync();
        }
        Assert.NotNull(box);
        Assert.NotNull(editor);
        Assert.True(box.Y >= editor.Y && box.Y + box.Height <= editor.Y + editor.Height,
            $"The label ({box.Y:0.#}–{box.Y + box.Height:0.#}) is cut off by the editor ({editor.Y:0.#}–{editor.Y + editor.Height:0.#}).");
        Assert.True(box.X >= editor.X && box.X + box.Width <= editor.X + editor.Width, "The label is cut off at the editor's side.");
    }
}
