using Microsoft.Playwright;

namespace BoardRoom.Tests.Support;

/// <summary>A member's browser on the minutes page of the demo board's next meeting.</summary>
public sealed class MinutesPage(IPage page)
{
    public IPage Page { get; } = page;

    public static async Task<MinutesPage> OpenAsync(IBrowser browser, AppServer server, string email)
    {
        var page = await BrowserSession.SignedInPageAsync(browser, server, email);
        var sections = await ServerDatabase.SectionsAsync(server, "uk-rare-diseases");
        await using var db = ServerDatabase.Open(server);
        var meetingId = db.AgendaItems.Where(i => i.Id == ServerDatabase.ItemId(sections[0].Id)).Select(i => i.MeetingId).Single();
        return await OpenAsync(page, meetingId.Value);
    }

    /// <summary>Opens the minutes page of a given meeting in a signed-in page and waits until it is connected and saved.</summary>
    public static async Task<MinutesPage> OpenAsync(IPage page, Guid meetingId)
    {
        await page.GotoAsync($"meetings/{meetingId}/minutes");
        var minutes = new MinutesPage(page);
        await minutes.WaitForStatusAsync("saved");
        return minutes;
    }

    /// <summary>Types at the end of a section's text, as a person at the keyboard, and waits until it is saved.</summary>
    public async Task TypeAsync(Guid sectionId, string text)
    {
        await FocusEndAsync(sectionId);
        await Page.Keyboard.TypeAsync(text, new() { Delay = 15 });
        await WaitForStatusAsync("saved");
    }

    public ILocator Section(Guid sectionId) => Page.Locator($"section[data-section-id='{sectionId}']");

    public ILocator Editor(Guid sectionId) => Section(sectionId).Locator(".cm-content");

    public ILocator Status => Page.Locator("[data-save-status]");

    public Task WaitForStatusAsync(string state) =>
        Assertions.Expect(Status).ToHaveAttributeAsync("data-state", state, new() { Timeout = 15_000 });

    /// <summary>The editor's text (CodeMirror's document), read through the page's session object.</summary>
    public Task<string> TextAsync(Guid sectionId) =>
        Page.EvaluateAsync<string>("id => window.boardroomMinutes.editors.get(id).text", sectionId.ToString());

    /// <summary>Waits (at most 15 s) until the editor's text is <paramref name="expected"/>: remote edits arrive in their own time.</summary>
    public Task WaitForTextAsync(Guid sectionId, string expected) =>
        Page.WaitForFunctionAsync("([id, text]) => window.boardroomMinutes?.editors.get(id)?.text === text",
            new object[] { sectionId.ToString(), expected }, new() { Timeout = 15_000 });

    public Task<long> RevisionAsync(Guid sectionId) =>
        Page.EvaluateAsync<long>("id => window.boardroomMinutes.editors.get(id).client.revision", sectionId.ToString());

    /// <summary>Puts the caret at the end of a section's text.</summary>
    public async Task FocusEndAsync(Guid sectionId)
    {
        await Editor(sectionId).ClickAsync();
        await Page.Keyboard.PressAsync("Control+End");
    }
}
