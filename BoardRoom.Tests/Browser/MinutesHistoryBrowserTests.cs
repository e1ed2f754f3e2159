using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// A section's history on the minutes page (issue #15, item 7): the timeline from the op log, who wrote what, stepping
/// back, and restoring an earlier version as an ordinary edit of the person restoring.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MinutesHistoryBrowserTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    private const string AishasText = "The board agreed the plan.";
    private const string HelensText = " Helen asked for a review in March.";

    [Fact]
    public async Task AMemberStepsBackThroughWhoWroteWhat_AndRestoresAnEarlierVersion_AsANewEditOfTheirs()
    {
        var section = (await ServerDatabase.SectionsAsync(Server, "uk-rare-diseases"))[0].Id;
        var aisha = await MinutesPage.OpenAsync(Browser, Server, "aisha.rahman@rdfb.example");
        var helen = await MinutesPage.OpenAsync(Browser, Server, "helen.marsh@rdfb.example");
        await aisha.TypeAsync(section, AishasText);
        await helen.WaitForTextAsync(section, AishasText);
        await helen.TypeAsync(section, HelensText);
        await aisha.WaitForTextAsync(section, AishasText + HelensText);

        var panel = aisha.Section(section).Locator("[data-history]");
        var historyButton = aisha.Section(section).GetByRole(AriaRole.Button, new() { Name = "History", Exact = true });
        await historyButton.ClickAsync();
        await Assertions.Expect(historyButton).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(panel.GetByRole(AriaRole.Status)).ToContainTextAsync("Step 2 of 2: Helen Marsh");
        var text = panel.Locator("[data-history-text]");
        await Assertions.Expect(text.Locator("[data-author='Aisha Rahman']")).ToHaveTextAsync(AishasText);
        await Assertions.Expect(text.Locator("[data-author='Helen Marsh']")).ToHaveTextAsync(HelensText);
        await Assertions.Expect(panel.GetByRole(AriaRole.List, new() { Name = "Authors" })).ToContainTextAsync("Aisha Rahman");
        // Each author is in the colour of their presence chip.
        foreach (var name in new[] { "Aisha Rahman", "Helen Marsh" })
        {
            var chip = await aisha.Section(section).Locator($"[data-presence] [data-participant='{name}']").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
            var run = await text.Locator($"[data-author='{name}']").EvaluateAsync<string>("e => getComputedStyle(e).borderBottomColor");
            Assert.Equal(chip, run);
        }
        await Assertions.Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Restore this version" })).ToBeHiddenAsync();
        await aisha.Section(section).ScreenshotAsync(new() { Path = Screens.PathFor("minutes-history-desktop.png") });

        await panel.GetByRole(AriaRole.Button, new() { Name = "Previous" }).ClickAsync();
        await Assertions.Expect(panel.GetByRole(AriaRole.Status)).ToContainTextAsync("Step 1 of 2: Aisha Rahman");
        await Assertions.Expect(text).ToHaveTextAsync(AishasText);
        var before = await ServerDatabase.CountOperationsAsync(Server, section);
        await panel.GetByRole(AriaRole.Button, new() { Name = "Restore this version" }).ClickAsync();
        await aisha.WaitForStatusAsync("saved");

        // The restore is one more edit, by Aisha, that everyone receives; the history before it is untouched.
        await aisha.WaitForTextAsync(section, AishasText);
        await helen.WaitForTextAsync(section, AishasText);
        var (stored, revision) = await ServerDatabase.ReplayLogAsync(Server, section);
        Assert.Equal(AishasText, stored);
        Assert.Equal(before + 1, await ServerDatabase.CountOperationsAsync(Server, section));
        await using (var db = ServerDatabase.Open(Server))
        {
            var aishaId = (await db.People.SingleAsync(p => p.Email == "aisha.rahman@rdfb.example")).Id.ToString();
            var last = await db.MinutesOperations.SingleAsync(o => o.DocumentId == section && o.Revision == revision);
            Assert.Equal(aishaId, last.AuthorId);
        }

        // It is one undo step of hers: Ctrl+Z brings Helen's sentence back.
        await aisha.Editor(section).ClickAsync();
        await aisha.Page.Keyboard.PressAsync("Control+z");
        await aisha.WaitForStatusAsync("saved");
        await aisha.WaitForTextAsync(section, AishasText + HelensText);

        await panel.GetByRole(AriaRole.Button, new() { Name = "Close history" }).ClickAsync();
        await Assertions.Expect(panel).ToBeHiddenAsync();
        await historyButton.ClickAsync();
        await Assertions.Expect(panel.GetByRole(AriaRole.Status)).ToContainTextAsync("Step 3 of 3: Aisha Rahman"); // the restore and its undo: one sitting of hers
        await aisha.Page.Context.CloseAsync();
        await helen.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnObserverMayReadTheHistory_ButNotRestoreIt()
    {
        var section = (await ServerDatabase.SectionsAsync(Server, "uk-rare-diseases"))[0].Id;
        var aisha = await MinutesPage.OpenAsync(Browser, Server, "aisha.rahman@rdfb.example");
        await aisha.TypeAsync(section, AishasText);
        var helen = await MinutesPage.OpenAsync(Browser, Server, "helen.marsh@rdfb.example");
        await helen.TypeAsync(section, HelensText);
        // The observer reads on a phone.
        await using var db = ServerDatabase.Open(Server);
        var meeting = db.AgendaItems.Where(i => i.Id == ServerDatabase.ItemId(section)).Select(i => i.MeetingId).Single().Value;
        var anna = await MinutesPage.OpenAsync(await BrowserSession.SignedInPageAsync(Browser, Server, "anna.schmidt@rdfb.example", PhoneFit.Phone), meeting);
        await anna.WaitForTextAsync(section, AishasText + HelensText);

        var panel = anna.Section(section).Locator("[data-history]");
        await anna.Section(section).GetByRole(AriaRole.Button, new() { Name = "History", Exact = true }).ClickAsync();
        await Assertions.Expect(panel.GetByRole(AriaRole.Status)).ToContainTextAsync("Step 2 of 2: Helen Marsh");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Previous" }).ClickAsync();
        await Assertions.Expect(panel.GetByRole(AriaRole.Status)).ToContainTextAsync("Step 1 of 2: Aisha Rahman");
        await Assertions.Expect(panel.Locator("[data-history-text]")).ToHaveTextAsync(AishasText);
        await Assertions.Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Restore this version" })).ToBeHiddenAsync();
        await anna.Section(section).ScreenshotAsync(new() { Path = Screens.PathFor("minutes-history-phone.png") });
        await PhoneFit.AssertFitsAsync(anna.Page, "The minutes page with a history open");
        foreach (var minutes in new[] { aisha, helen, anna })
        {
            await minutes.Page.Context.CloseAsync();
        }
    }
}
