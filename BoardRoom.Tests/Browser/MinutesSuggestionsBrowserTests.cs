using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Suggestions;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// Suggested changes (issue #15, item 6), as people use them: a member selects words and suggests others, or suggests
/// text at the cursor; everyone sees the proposals inline with her name; a co-chair accepts one (it becomes her edit,
/// on every screen) and rejects the other; an observer reads them only; and the secretariat sees undecided
/// suggestions before approving, and is warned.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MinutesSuggestionsBrowserTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    private const string Sentence = "The board approved the revised budget.";
    private const string Above = "Present: all. ";

    [Fact]
    public async Task AMemberSuggests_EveryoneSeesItInline_AndACoChairAcceptsOneAndRejectsTheOther()
    {
        var section = (await ServerDatabase.SectionsAsync(Server, "uk-rare-diseases"))[0].Id;
        var aisha = await MinutesPage.OpenAsync(Browser, Server, "aisha.rahman@rdfb.example");
        var helen = await MinutesPage.OpenAsync(Browser, Server, "helen.marsh@rdfb.example");
        await helen.TypeAsync(section, Sentence);
        await aisha.WaitForTextAsync(section, Sentence);

        // Aisha selects "approved" with the keyboard and suggests "noted" instead.
        await aisha.Editor(section).ClickAsync();
        await aisha.Page.Keyboard.PressAsync("Control+Home");
        for (var i = 0; i < "The board ".Length; i++)
        {
            await aisha.Page.Keyboard.PressAsync("ArrowRight");
        }
        for (var i = 0; i < "approved".Length; i++)
        {
            await aisha.Page.Keyboard.PressAsync("Shift+ArrowRight");
        }
        await aisha.Section(section).GetByRole(AriaRole.Button, new() { Name = "Suggest", Exact = true }).ClickAsync();
        var form = aisha.Section(section).Locator("[data-suggestion-form]");
        await Assertions.Expect(form.Locator("del")).ToHaveTextAsync("approved");
        var replacement = form.GetByRole(AriaRole.Textbox, new() { Name = "Replace the selected text with" });
        await Assertions.Expect(replacement).ToHaveValueAsync("approved");
        // While she writes, Helen adds a line above: the suggestion stays on "approved".
        await helen.Editor(section).ClickAsync();
        await helen.Page.Keyboard.PressAsync("Control+Home");
        await helen.Page.Keyboard.TypeAsync(Above, new() { Delay = 15 });
        await helen.WaitForStatusAsync("saved");
        await aisha.WaitForTextAsync(section, Above + Sentence);
        await replacement.FillAsync("noted");
        await form.GetByRole(AriaRole.Button, new() { Name = "Suggest" }).ClickAsync();
        await Assertions.Expect(form).ToHaveCountAsync(0);

        // Then, with nothing selected, text to add at the end.
        await aisha.FocusEndAsync(section);
        await aisha.Section(section).GetByRole(AriaRole.Button, new() { Name = "Suggest", Exact = true }).ClickAsync();
        await Assertions.Expect(form).ToContainTextAsync("Adding at the cursor.");
        await form.GetByRole(AriaRole.Textbox, new() { Name = "Text to add" }).FillAsync(" Nem con.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Suggest" }).ClickAsync();

        // Everyone sees both inline, with her name; the text itself has not changed.
        foreach (var page in new[] { aisha, helen })
        {
            await Assertions.Expect(page.Editor(section).Locator(".br-suggest-del")).ToHaveTextAsync("approved");
            await Assertions.Expect(page.Editor(section).Locator("ins.br-suggest-ins")).ToHaveTextAsync(["noted", " Nem con."]);
            await Assertions.Expect(page.Editor(section).Locator("ins.br-suggest-ins").First).ToHaveAttributeAsync("title", "Suggested by Aisha Rahman");
            await Assertions.Expect(page.Section(section).Locator("[data-suggestion][data-suggestion-state=open]")).ToHaveCountAsync(2);
            Assert.Equal(Above + Sentence, await page.TextAsync(section));
        }
        // Aisha may withdraw hers but not decide; Helen, a co-chair, decides.
        await Assertions.Expect(aisha.Section(section).GetByRole(AriaRole.Button, new() { Name = "Accept" })).ToHaveCountAsync(0);
        await Assertions.Expect(aisha.Section(section).GetByRole(AriaRole.Button, new() { Name = "Withdraw" })).ToHaveCountAsync(2);
        await helen.Section(section).ScreenshotAsync(new() { Path = Screens.PathFor("minutes-suggestions-desktop.png") });

        // An observer, on a phone, reads them inline but can neither suggest nor decide.
        var meeting = await MeetingOfAsync(section);
        var anna = await MinutesPage.OpenAsync(await BrowserSession.SignedInPageAsync(Browser, Server, "anna.schmidt@rdfb.example", PhoneFit.Phone), meeting);
        await Assertions.Expect(anna.Editor(section).Locator("ins.br-suggest-ins")).ToHaveCountAsync(2);
        await Assertions.Expect(anna.Section(section).GetByRole(AriaRole.Button, new() { Name = "Suggest", Exact = true })).ToBeDisabledAsync();
        await Assertions.Expect(anna.Section(section).GetByRole(AriaRole.Button, new() { Name = "Accept" })).ToHaveCountAsync(0);
        await anna.Section(section).ScreenshotAsync(new() { Path = Screens.PathFor("minutes-suggestions-phone.png") });
        await PhoneFit.AssertFitsAsync(anna.Page, "The minutes page with suggestions");

        // Helen accepts the first: the text changes on every screen; she rejects the second: it does not.
        var first = helen.Section(section).Locator("[data-suggestion]", new() { HasText = "noted" });
        await first.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        const string accepted = Above + "The board noted the revised budget.";
        foreach (var page in new[] { helen, aisha, anna })
        {
            await page.WaitForTextAsync(section, accepted);
        }
        var stillOpen = helen.Section(section).Locator("[data-suggestion][data-suggestion-state=open]");
        await Assertions.Expect(stillOpen).ToHaveCountAsync(1);
        await Assertions.Expect(helen.Editor(section).Locator("ins.br-suggest-ins")).ToHaveTextAsync([" Nem con."]);
        await stillOpen.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await Assertions.Expect(aisha.Section(section).GetByRole(AriaRole.Button, new() { Name = "Show decided (2)" })).ToBeVisibleAsync();
        await Assertions.Expect(aisha.Editor(section).Locator(".br-suggest-del, ins.br-suggest-ins")).ToHaveCountAsync(0);
        await aisha.Section(section).GetByRole(AriaRole.Button, new() { Name = "Show decided (2)" }).ClickAsync();
        await Assertions.Expect(aisha.Section(section).Locator("[data-suggestion-state=accepted]")).ToContainTextAsync("Accepted by Helen Marsh");
        await Assertions.Expect(aisha.Section(section).Locator("[data-suggestion-state=rejected]")).ToContainTextAsync("Rejected by Helen Marsh");
        Assert.Equal(accepted, await aisha.TextAsync(section));

        // Stored: the accepted change is Aisha's edit in the op log; Aisha's page, reloaded, has the same text.
        await using (var db = ServerDatabase.Open(Server))
        {
            var stored = await db.Suggestions.OrderBy(s => s.At).ToListAsync();
            Assert.Equal([SuggestionStatus.Accepted, SuggestionStatus.Rejected], stored.Select(s => s.Status));
            var aishaId = await db.People.Where(p => p.Email == "aisha.rahman@rdfb.example").Select(p => p.Id).SingleAsync();
            var edit = await db.MinutesOperations.Where(o => o.DocumentId == section).OrderByDescending(o => o.Revision).FirstAsync();
            Assert.Equal((aishaId.ToString(), stored[0].AcceptedRevision), (edit.AuthorId, (long?)edit.Revision));
        }
        await aisha.Page.ReloadAsync();
        await aisha.WaitForStatusAsync("saved");
        Assert.Equal(accepted, await aisha.TextAsync(section));
        foreach (var page in new[] { aisha, helen, anna })
        {
            await page.Page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task TheSecretariatSeesUndecidedSuggestionsBeforeApproving_AndIsWarned()
    {
        await using var db = ServerDatabase.Open(Server);
        var meeting = await db.Meetings.Where(m => m.Status == MeetingStatus.Closed).Select(m => m.Id).SingleAsync();
        var section = await db.AgendaItems.Where(i => i.MeetingId == meeting && !i.IsReserved).OrderBy(i => i.Position).Select(i => i.Id.Value).FirstAsync();

        // The published minutes go round again as a correction, and are circulated for review.
        var priya = await BrowserSession.SignedInPageAsync(Browser, Server, "priya.raman@rdfb.example");
        await priya.GotoAsync($"meetings/{meeting}/publication");
        await BrowserSession.WaitForInteractiveAsync(priya);
        await priya.Locator("input[data-testid=step-reason], textarea[data-testid=step-reason], [data-testid=step-reason] input").First.FillAsync("The budget line is wrong");
        await priya.Locator("[data-testid=step-correct]").ClickAsync();
        await Assertions.Expect(priya.Locator("[data-testid=stage]")).ToContainTextAsync("Draft correction");
        await priya.Locator("[data-testid=step-circulate]").ClickAsync();
        await Assertions.Expect(priya.Locator("[data-testid=stage]")).ToContainTextAsync("In review");

        // A reviewer suggests a line at the end of an item's minutes.
        var aisha = await MinutesPage.OpenAsync(await BrowserSession.SignedInPageAsync(Browser, Server, "aisha.rahman@rdfb.example"), meeting.Value);
        await aisha.FocusEndAsync(section);
        await aisha.Section(section).GetByRole(AriaRole.Button, new() { Name = "Suggest", Exact = true }).ClickAsync();
        var form = aisha.Section(section).Locator("[data-suggestion-form]");
        await form.GetByRole(AriaRole.Textbox, new() { Name = "Text to add" }).FillAsync(" Budget: £1.4m.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Suggest" }).ClickAsync();
        await Assertions.Expect(aisha.Section(section).Locator("[data-suggestion]")).ToContainTextAsync("Budget: £1.4m.");

        // The secretariat sees it on the publication page, and approving warns.
        await priya.ReloadAsync();
        await BrowserSession.WaitForInteractiveAsync(priya);
        var open = priya.Locator("[data-testid=open-threads]");
        await Assertions.Expect(open).ToContainTextAsync("Suggestions not decided (1)");
        await Assertions.Expect(open.Locator("[data-testid=open-suggestion]")).ToContainTextAsync("Aisha Rahman suggests");
        await Assertions.Expect(open.Locator("[data-testid=open-suggestion] ins")).ToHaveTextAsync("Budget: £1.4m.");
        await open.ScreenshotAsync(new() { Path = Screens.PathFor("publication-open-suggestions.png") });
        await priya.Locator("[data-testid=step-approve]").ClickAsync();
        var dialog = priya.Locator(".mud-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync("1 suggestion is still open");
        await dialog.Locator("[data-testid=confirm-cancel]").ClickAsync();
        await Assertions.Expect(priya.Locator("[data-testid=stage]")).ToContainTextAsync("In review");
        await priya.Context.CloseAsync();
        await aisha.Page.Context.CloseAsync();
    }

    private async Task<Guid> MeetingOfAsync(Guid section)
    {
        await using var db = ServerDatabase.Open(Server);
        return await db.AgendaItems.Where(i => i.Id == ServerDatabase.ItemId(section)).Select(i => i.MeetingId.Value).SingleAsync();
    }
}
