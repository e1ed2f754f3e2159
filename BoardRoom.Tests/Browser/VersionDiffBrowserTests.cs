using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Publishing.Html;
using BoardRoom.Tests.App.Publication;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// A correction, published as version 2, says what changed: on the forum's version page (the public text only) and on
/// the publication page (the public text for everyone, the full text for those who may read reserved business). On an
/// app of its own, since it publishes a new version of the demo's minutes.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class VersionDiffBrowserTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    private const string ReservedItem = "Commercial framework for rare disease medicines";

    [Fact]
    public async Task ACorrection_IsMarkedWordByWord_OnTheForumAndThePublicationPage_AndReservedTextStaysOffTheForum()
    {
        var (meetingId, number, rotatingEmail) = await PastMeetingAsync();
        var publication = $"meetings/{meetingId}/publication";

        var priya = await BrowserSession.OpenAsync(Browser, Server, "priya.raman@rdfb.example", publication);
        await Assertions.Expect(PublicationSteps.Stage(priya)).ToContainTextAsync("Published (version 1)");
        // Version 1 is the first: nothing to compare it with.
        await Assertions.Expect(priya.Locator("[data-testid=changes-public]")).ToHaveCountAsync(0);
        await priya.Locator("input[data-testid=step-reason], textarea[data-testid=step-reason], [data-testid=step-reason] input").First.FillAsync("A word in item 9 and one in the reserved item");
        await priya.Locator("[data-testid=step-correct]").ClickAsync();
        await Assertions.Expect(PublicationSteps.Stage(priya)).ToContainTextAsync("Draft correction (version 2)");
        // The members' edits to the sections, as their editors would have made them while the correction is a draft.
        await ReplaceInMinutesAsync(meetingId, "Any other business", "no other business", "no further business");
        await ReplaceInMinutesAsync(meetingId, ReservedItem, "The group discussed the risks", "The group weighed the risks");
        await priya.ReloadAsync();
        await BrowserSession.WaitForInteractiveAsync(priya);
        await PublicationSteps.StepAsync(priya, "step-circulate", "In review");
        await PublicationSteps.ApproveAsync(priya);
        foreach (var coChair in new[] { "helen.marsh@rdfb.example", rotatingEmail })
        {
            var page = await BrowserSession.OpenAsync(Browser, Server, coChair, publication);
            await PublicationSteps.SignAsync(page);
            await page.Context.CloseAsync();
        }
        await priya.ReloadAsync();
        await BrowserSession.WaitForInteractiveAsync(priya);
        await priya.Locator("textarea[data-testid=correction-note], input[data-testid=correction-note], [data-testid=correction-note] textarea").First.FillAsync("Item 9 reworded.");
        await PublicationSteps.PublishAsync(priya, 2);

        // The secretariat, who may read reserved business: the public and the full comparison.
        var publicChanges = priya.Locator("[data-testid=changes-public]").First;
        await publicChanges.Locator("summary").ClickAsync();
        await Assertions.Expect(publicChanges.Locator("ins", new() { HasText = "further" })).ToBeVisibleAsync();
        await Assertions.Expect(publicChanges.Locator("del", new() { HasText = "other" })).ToBeVisibleAsync();
        await Assertions.Expect(publicChanges.Locator(".br-diff-where", new() { HasText = "Any other business" })).ToBeVisibleAsync();
        Assert.DoesNotContain("weighed", await publicChanges.InnerTextAsync(), StringComparison.Ordinal);
        var fullChanges = priya.Locator("[data-testid=changes-full]").First;
        await fullChanges.Locator("summary").ClickAsync();
        await Assertions.Expect(fullChanges.Locator("ins", new() { HasText = "weighed" })).ToBeVisibleAsync();
        await Assertions.Expect(fullChanges.Locator("del", new() { HasText = "discussed" })).ToBeVisibleAsync();
        await fullChanges.ScrollIntoViewIfNeededAsync();
        await priya.ScreenshotAsync(new() { Path = Screens.PathFor("publication-version-diff.png") });
        await priya.Context.CloseAsync();

        // An observer sees the public comparison only.
        var anna = await BrowserSession.OpenAsync(Browser, Server, "anna.schmidt@rdfb.example", publication);
        await Assertions.Expect(anna.Locator("[data-testid=changes-public] ins", new() { HasText = "further" })).ToHaveCountAsync(1);
        await Assertions.Expect(anna.Locator("[data-testid=changes-full]")).ToHaveCountAsync(0);
        var annaPage = await anna.ContentAsync();
        Assert.DoesNotContain("weighed", annaPage, StringComparison.Ordinal);
        Assert.DoesNotContain(PublicationTestBase.ReservedWord, annaPage, StringComparison.Ordinal);
        await anna.Context.CloseAsync();

        // Anyone, on the forum's page of version 2: the change marked, with words for screen readers; nothing reserved.
        var reader = await (await Browser.NewContextAsync(new() { BaseURL = Server.BaseAddress.ToString() })).NewPageAsync();
        await reader.GotoAsync($"forum/uk-rare-diseases/minutes/{number}/v/2");
        var diff = reader.Locator("[data-testid=version-diff]");
        await Assertions.Expect(diff.GetByRole(AriaRole.Heading, new() { Name = "What changed since version 1" })).ToBeVisibleAsync();
        await Assertions.Expect(diff.Locator("ins")).ToContainTextAsync([VersionDiffHtml.Added + "further"]);
        await Assertions.Expect(diff.Locator("del", new() { HasText = "other" }).First).ToContainTextAsync(VersionDiffHtml.Removed + "other");
        var forumDiff = await diff.InnerTextAsync();
        Assert.DoesNotContain("weighed", forumDiff, StringComparison.Ordinal);
        Assert.DoesNotContain("discussed the risks", forumDiff, StringComparison.Ordinal);
        Assert.DoesNotContain(ReservedItem, forumDiff, StringComparison.Ordinal);
        // Every version has its own signatures and hash: they are not what the correction changed.
        Assert.DoesNotContain("Signed off by the co-chairs", forumDiff, StringComparison.Ordinal);
        Assert.DoesNotContain("weighed", await reader.ContentAsync(), StringComparison.Ordinal);
        await diff.ScrollIntoViewIfNeededAsync();
        await reader.ScreenshotAsync(new() { Path = Screens.PathFor("forum-version-diff.png") });
        var axe = await WcagAudit.RunAsync(reader);
        Assert.True(axe.Violations.Length == 0, string.Join("\n", WcagAudit.Violations(axe)));
        await reader.SetViewportSizeAsync(PhoneFit.Phone.Width, PhoneFit.Phone.Height);
        await reader.ScreenshotAsync(new() { Path = Screens.PathFor("forum-version-diff-phone.png") });
        // Version 1 has no version before it.
        await reader.GotoAsync($"forum/uk-rare-diseases/minutes/{number}/v/1");
        await Assertions.Expect(reader.Locator("[data-testid=minutes]")).ToBeVisibleAsync();
        await Assertions.Expect(reader.Locator("[data-testid=version-diff]")).ToHaveCountAsync(0);
        await reader.Context.CloseAsync();
    }

    /// <summary>Replaces text in an item's minutes through the section's op log, as a member's editor would.</summary>
    private async Task ReplaceInMinutesAsync(MeetingId meetingId, string itemTitle, string find, string replacement)
    {
        await using var db = ServerDatabase.Open(Server);
        var section = await db.AgendaItems.Where(i => i.MeetingId == meetingId && i.Title == itemTitle).Select(i => i.Id.Value).SingleAsync();
        var (current, revision) = await ServerDatabase.ReplayLogAsync(Server, section);
        var at = current.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is not in the minutes of {itemTitle}.");
        db.MinutesOperations.Add(new BoardRoom.App.Data.MinutesOperationRow
        {
            DocumentId = section,
            Revision = revision + 1,
            AuthorId = "browser-test",
            ClientId = "browser-test",
            ClientSeq = revision,
            Operation = TextOperation.Replace(current.Length, at, find.Length, replacement).ToJson(),
            Timestamp = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    private async Task<(MeetingId Id, int Number, string RotatingEmail)> PastMeetingAsync()
    {
        await using var db = ServerDatabase.Open(Server);
        var meeting = await db.Meetings.Where(m => m.Status == MeetingStatus.Closed).Select(m => new { m.Id, m.Number, m.RotatingCoChairId }).SingleAsync();
        var email = await (from m in db.Memberships
                           join p in db.People on m.PersonId equals p.Id
                           where m.Id == meeting.RotatingCoChairId
                           select p.Email).SingleAsync();
        return (meeting.Id, meeting.Number, email);
    }
}
