using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// Review comments anchored to the minutes (issue #15, item 5), as members use them: select text, comment, see the
/// comment stay on its words while someone else writes above them, answer, resolve; an observer reads only; and the
/// secretariat sees the open comments before approving, and is warned.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MinutesCommentsBrowserTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    private const string Sentence = "The board approved the revised budget.";

    [Fact]
    public async Task ACommentStaysOnItsWords_WhileAnotherMemberWritesAboveThem_AndIsAnsweredAndResolved()
    {
        var section = (await ServerDatabase.SectionsAsync(Server, "uk-rare-diseases"))[0].Id;
        var aisha = await MinutesPage.OpenAsync(Browser, Server, "aisha.rahman@rdfb.example");
        var helen = await MinutesPage.OpenAsync(Browser, Server, "helen.marsh@rdfb.example");
        await aisha.TypeAsync(section, Sentence);
        await helen.WaitForTextAsync(section, Sentence);

        // Aisha selects "budget." with the keyboard and comments on it.
        await aisha.FocusEndAsync(section);
        for (var i = 0; i < "budget.".Length; i++)
        {
            await aisha.Page.Keyboard.PressAsync("Shift+ArrowLeft");
        }
        var comment = aisha.Section(section).GetByRole(AriaRole.Button, new() { Name = "Comment", Exact = true });
        await comment.ClickAsync();
        var form = aisha.Section(section).Locator("[data-comment-form]");
        await Assertions.Expect(form.Locator("blockquote")).ToHaveTextAsync("budget.");
        await form.GetByRole(AriaRole.Textbox, new() { Name = "Your comment" }).FillAsync("Which year's budget? Say 2027.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        var aishasThread = aisha.Section(section).Locator("[data-thread]");
        await Assertions.Expect(aishasThread.Locator("[data-thread-quote]")).ToHaveTextAsync("budget.");
        await Assertions.Expect(form).ToHaveCountAsync(0);

        // Helen sees it arrive, highlighted on the same words; she writes a line above them.
        var helensThread = helen.Section(section).Locator("[data-thread]");
        await Assertions.Expect(helensThread).ToContainTextAsync("Which year's budget? Say 2027.");
        await WaitForMarkAsync(helen, section, "budget.");
        await helen.Editor(section).ClickAsync();
        await helen.Page.Keyboard.PressAsync("Control+Home");
        await helen.Page.Keyboard.TypeAsync("Present: all members. ", new() { Delay = 15 });
        await helen.WaitForStatusAsync("saved");
        await aisha.WaitForTextAsync(section, "Present: all members. " + Sentence);

        // On both screens the comment is still on "budget.", and so it is for a page opened afresh (moved on the server).
        await WaitForMarkAsync(aisha, section, "budget.");
        await WaitForMarkAsync(helen, section, "budget.");
        await aisha.Page.ReloadAsync();
        await aisha.WaitForStatusAsync("saved");
        await WaitForMarkAsync(aisha, section, "budget.");
        await aisha.Section(section).ScreenshotAsync(new() { Path = Screens.PathFor("minutes-comments-desktop.png") });

        // Helen writes an answer; meanwhile Aisha adds a second comment, and Helen's list, drawn again, keeps her answer.
        var helensReply = helensThread.GetByRole(AriaRole.Textbox, new() { Name = "Your reply" });
        await helensReply.FillAsync("Done: it now says 2027.");
        await aisha.FocusEndAsync(section);
        await aisha.Page.Keyboard.PressAsync("Shift+ArrowLeft");
        await aisha.Section(section).GetByRole(AriaRole.Button, new() { Name = "Comment", Exact = true }).ClickAsync();
        await form.GetByRole(AriaRole.Textbox, new() { Name = "Your comment" }).FillAsync("A full stop, or a semicolon?");
        await form.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await Assertions.Expect(helen.Section(section).Locator("[data-thread]")).ToHaveCountAsync(2);
        helensThread = helensThread.First;
        aishasThread = aishasThread.First;
        await Assertions.Expect(helensThread.GetByRole(AriaRole.Textbox, new() { Name = "Your reply" })).ToHaveValueAsync("Done: it now says 2027.");

        // Helen sends it; Aisha sees the reply and resolves the first thread; its highlight goes, the other stays.
        await helensThread.GetByRole(AriaRole.Button, new() { Name = "Reply" }).ClickAsync();
        await Assertions.Expect(aishasThread).ToContainTextAsync("Done: it now says 2027.");
        await aishasThread.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).ClickAsync();
        await Assertions.Expect(helen.Section(section).GetByRole(AriaRole.Button, new() { Name = "Show resolved (1)" })).ToBeVisibleAsync();
        await WaitForMarkAsync(helen, section, ".");

        await using (var db = ServerDatabase.Open(Server))
        {
            var stored = await db.CommentThreads.Include(t => t.Replies).OrderBy(t => t.OpenedAt).FirstAsync();
            Assert.Equal(("budget.", "Aisha Rahman"), (stored.Quote, stored.ResolvedByName));
            Assert.Equal(["Which year's budget? Say 2027.", "Done: it now says 2027."], stored.Replies.Select(r => r.Text));
        }

        // An observer, on a phone, reads the comments but has no way to post, answer or reopen them.
        var meeting = await MeetingOfAsync(section);
        var anna = await MinutesPage.OpenAsync(await BrowserSession.SignedInPageAsync(Browser, Server, "anna.schmidt@rdfb.example", PhoneFit.Phone), meeting);
        var shown = anna.Section(section).GetByRole(AriaRole.Button, new() { Name = "Show resolved (1)" });
        await shown.ClickAsync();
        await Assertions.Expect(anna.Section(section).Locator("[data-thread]", new() { HasText = "Resolved by" })).ToContainTextAsync("Resolved by Aisha Rahman");
        await Assertions.Expect(anna.Section(section).GetByRole(AriaRole.Button, new() { Name = "Reopen" })).ToHaveCountAsync(0);
        await Assertions.Expect(anna.Section(section).GetByRole(AriaRole.Button, new() { Name = "Comment", Exact = true })).ToBeDisabledAsync();
        await anna.Section(section).ScreenshotAsync(new() { Path = Screens.PathFor("minutes-comments-phone.png") });
        await PhoneFit.AssertFitsAsync(anna.Page, "The minutes page with comments");
        foreach (var minutes in new[] { aisha, helen, anna })
        {
            await minutes.Page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task TheSecretariatSeesOpenCommentsBeforeApproving_AndIsWarnedWhileAnyAreOpen()
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

        // A reviewer comments on a line she adds to the draft.
        var aisha = await MinutesPage.OpenAsync(await BrowserSession.SignedInPageAsync(Browser, Server, "aisha.rahman@rdfb.example"), meeting.Value);
        const string line = " Budget: £1.2m.";
        await aisha.TypeAsync(section, line);
        for (var i = 0; i < "£1.2m.".Length; i++)
        {
            await aisha.Page.Keyboard.PressAsync("Shift+ArrowLeft");
        }
        await aisha.Section(section).GetByRole(AriaRole.Button, new() { Name = "Comment", Exact = true }).ClickAsync();
        var form = aisha.Section(section).Locator("[data-comment-form]");
        await form.GetByRole(AriaRole.Textbox, new() { Name = "Your comment" }).FillAsync("The papers say £1.4m.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await Assertions.Expect(aisha.Section(section).Locator("[data-thread-quote]")).ToHaveTextAsync("£1.2m.");

        // The secretariat sees it on the publication page, and approving warns.
        await priya.ReloadAsync();
        await BrowserSession.WaitForInteractiveAsync(priya);
        var open = priya.Locator("[data-testid=open-threads]");
        await Assertions.Expect(open).ToContainTextAsync("Open comments on the text (1)");
        await Assertions.Expect(open.Locator("[data-testid=open-thread]")).ToContainTextAsync("The papers say £1.4m.");
        await Assertions.Expect(open.Locator("[data-testid=open-thread]")).ToContainTextAsync("Aisha Rahman");
        await priya.Locator("[data-testid=step-approve]").ClickAsync();
        var dialog = priya.Locator(".mud-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync("1 comment is still open");
        await Assertions.Expect(dialog.Locator("[data-testid=confirm-ok]")).ToHaveTextAsync("Approve anyway");
        await priya.ScreenshotAsync(new() { Path = Screens.PathFor("publication-open-comments-warning.png"), FullPage = true });
        await dialog.Locator("[data-testid=confirm-cancel]").ClickAsync();
        await Assertions.Expect(priya.Locator("[data-testid=stage]")).ToContainTextAsync("In review");

        // Once the reviewer resolves it, approval asks as usual and locks the minutes.
        await aisha.Section(section).Locator("[data-thread]").GetByRole(AriaRole.Button, new() { Name = "Resolve" }).ClickAsync();
        await Assertions.Expect(aisha.Section(section).GetByRole(AriaRole.Button, new() { Name = "Show resolved (1)" })).ToBeVisibleAsync();
        await priya.ReloadAsync();
        await BrowserSession.WaitForInteractiveAsync(priya);
        await Assertions.Expect(open).ToContainTextAsync("Every comment on the text is resolved");
        await PublicationSteps.ApproveAsync(priya);
        await priya.Context.CloseAsync();
        await aisha.Page.Context.CloseAsync();
    }

    /// <summary>Waits until the section's editor shows one comment highlight, over exactly <paramref name="text"/>.</summary>
    private static Task WaitForMarkAsync(MinutesPage page, Guid section, string text) =>
        page.Page.WaitForFunctionAsync(
            "([id, text]) => { const marks = window.boardroomMinutes?.editors.get(id)?.comments.marks() ?? []; return marks.length === 1 && marks[0].text === text && marks[0].id !== 'draft'; }",
            new object[] { section.ToString(), text }, new() { Timeout = 15_000 });

    private async Task<Guid> MeetingOfAsync(Guid section)
    {
        await using var db = ServerDatabase.Open(Server);
        return await db.AgendaItems.Where(i => i.Id == ServerDatabase.ItemId(section)).Select(i => i.MeetingId.Value).SingleAsync();
    }
}
