using BoardRoom.Core.Meetings;
using BoardRoom.Tests.App.Publication;
using BoardRoom.Tests.Publishing;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// The Word download beside each PDF, as a reader finds it in Chromium: on the forum minutes page (anonymous) and the
/// publication page (a member), at desktop and phone width, named for what it is, downloaded and opened.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WordDownloadBrowserTests(AppServerFixture app, BrowserFixture browser)
{
    private async Task<(Guid Id, int Number)> PastMeetingAsync()
    {
        await using var db = ServerDatabase.Open(app.Server);
        var m = await db.Meetings.Where(x => x.Status == MeetingStatus.Closed).Select(x => new { x.Id, x.Number }).SingleAsync();
        return (m.Id.Value, m.Number);
    }

    private static async Task<string> DownloadAsync(IPage page, string testId, string name)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($"[data-testid={testId}]").First.ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Screens.PathFor(name);
        await download.SaveAsAsync(path);
        return path;
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task OnTheForum_TheWordDocumentSitsBesideThePdf_AndOpens(string width)
    {
        var (_, number) = await PastMeetingAsync();
        var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = app.Server.BaseAddress.ToString(),
            ViewportSize = width == "phone" ? PhoneFit.Phone : new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"forum/uk-rare-diseases/minutes/{number}");

        var word = page.GetByRole(AriaRole.Link, new() { Name = "Download the Word document (.docx, version 1)" });
        await Assertions.Expect(word).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=download-pdf]")).ToBeVisibleAsync();
        await word.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Screens.PathFor($"forum-minutes-word-{width}.png") });
        if (width == "phone")
        {
            await PhoneFit.AssertFitsAsync(page, "forum-minutes-word");
        }
        var axe = await WcagAudit.RunAsync(page);
        Assert.True(axe.Violations.Length == 0, string.Join("\n", WcagAudit.Violations(axe)));
        var hash = (await page.Locator("[data-testid=content-hash]").InnerTextAsync()).Trim();

        var path = await DownloadAsync(page, "download-docx", $"forum-minutes-v1-{width}.docx");
        await context.CloseAsync();

        var text = WordTools.AllText(await File.ReadAllBytesAsync(path));
        Assert.Contains(hash, text, StringComparison.Ordinal);
        Assert.DoesNotContain(PublicationTestBase.ReservedWord, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task OnThePublicationPage_AMemberFindsWordBesideEachPdf_AndTheFullOneOpens(string width)
    {
        var (id, _) = await PastMeetingAsync();
        var page = await BrowserSession.SignedInPageAsync(browser.Browser, app.Server, "aisha.rahman@rdfb.example",
            width == "phone" ? PhoneFit.Phone : new ViewportSize { Width = 1280, Height = 900 });
        await page.GotoAsync($"meetings/{id}/publication");
        await BrowserSession.WaitForInteractiveAsync(page);

        await Assertions.Expect(page.Locator("[data-testid=download-current-public-docx]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=download-current-full-docx]")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Public Word: a .docx of version 1" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Full Word: a .docx of version 1, confidential" })).ToBeVisibleAsync();
        Assert.Equal($"/publication/{id}/v1/full.docx", await page.Locator("[data-testid=download-version-full-docx]").First.GetAttributeAsync("href"));
        await page.Locator("[data-testid=download-current-public-docx]").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Screens.PathFor($"publication-word-{width}.png") });
        if (width == "phone")
        {
            // The downloads wrap within the screen (the page's preview and tables scroll inside on a phone; that is theirs).
            foreach (var testId in new[] { "download-current-public-docx", "download-current-full-docx", "download-version-public-docx", "download-version-full-docx" })
            {
                var box = await page.Locator($"[data-testid={testId}]").First.BoundingBoxAsync();
                Assert.True(box is { Width: > 0 } && box.X >= 0 && box.X + box.Width <= PhoneFit.Phone.Width, $"{testId} lies outside the phone's width.");
            }
        }

        var path = await DownloadAsync(page, "download-version-full-docx", $"publication-full-v1-{width}.docx");
        await page.Context.CloseAsync();

        var text = WordTools.AllText(await File.ReadAllBytesAsync(path));
        Assert.Contains(PublicationTestBase.ReservedWord, text, StringComparison.Ordinal);
        Assert.Contains("CONFIDENTIAL", text, StringComparison.Ordinal);
    }
}
