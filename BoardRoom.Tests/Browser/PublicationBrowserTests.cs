using System.Text.RegularExpressions;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.App.Publication;
using BoardRoom.Tests.Publishing;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// The secretariat publishes a correction in Chromium (with the co-chairs signing in their own browsers) and an
/// anonymous reader finds it on the forum and downloads the PDF; and the forum pages pass axe-core's WCAG 2.2 AA rules.
/// The publishing test runs its own app, so its new version does not surprise the other tests of the collection.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicationBrowserTests(AppServerFixture app, BrowserFixture browser)
{

    [Fact]
    public async Task TheSecretariatPublishesACorrection_AndAnAnonymousReaderFindsItOnTheForum_AndDownloadsThePdf()
    {
        await using var server = await AppServer.StartAsync();
        var (meetingId, number, rotatingEmail) = await PastMeetingAsync(server);
        var publication = $"meetings/{meetingId}/publication";

        var priya = await BrowserSession.SignedInPageAsync(browser.Browser, server, "priya.raman@rdfb.example");
        await priya.GotoAsync(publication);
        await BrowserSession.WaitForInteractiveAsync(priya);
        await Assertions.Expect(priya.Locator("[data-testid=stage]")).ToContainTextAsync("Published (version 1)");
        await priya.Locator("input[data-testid=step-reason], textarea[data-testid=step-reason], [data-testid=step-reason] input").First.FillAsync("Tom Whitaker arrived at 10:20");
        await priya.Locator("[data-testid=step-correct]").ClickAsync();
        await Assertions.Expect(priya.Locator("[data-testid=stage]")).ToContainTextAsync("Draft correction (version 2)");
        await AppendMinutesAsync(server, meetingId, "Any other business", "\nTom Whitaker arrived at 10:20, not 10:25.");
        await priya.ReloadAsync();
        await BrowserSession.WaitForInteractiveAsync(priya);
        await Assertions.Expect(priya.Locator("[data-testid=preview-public]")).ToContainTextAsync("not 10:25");
        await priya.Locator("[data-testid=step-circulate]").ClickAsync();
        await Assertions.Expect(priya.Locator("[data-testid=stage]")).ToContainTextAsync("In review");
        await PublicationSteps.ApproveAsync(priya);
        Assert.Equal(0, await priya.Locator("[data-testid=step-sign]").CountAsync());

        foreach (var coChair in new[] { "helen.marsh@rdfb.example", rotatingEmail })
        {
            var page = await BrowserSession.SignedInPageAsync(browser.Browser, server, coChair);
            await page.GotoAsync(publication);
            await BrowserSession.WaitForInteractiveAsync(page);
            await page.Locator("[data-testid=step-sign]").ClickAsync();
            await page.GetByText("I confirm these minutes are a true record").ClickAsync();
            await page.Locator("[data-testid=sign-password] input, input[data-testid=sign-password]").First.FillAsync(AppServer.DemoPassword);
            if (coChair == "helen.marsh@rdfb.example")
            {
                await DialogScreens.TakeAsync(page, "sign-minutes-dialog");
            }
            await page.Locator("[data-testid=sign-confirm]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=step-sign]")).ToHaveCountAsync(0);
            await page.Context.CloseAsync();
        }

        await priya.ReloadAsync();
        await BrowserSession.WaitForInteractiveAsync(priya);
        await Assertions.Expect(priya.Locator("[data-testid=signature-valid]")).ToHaveCountAsync(2);
        await priya.Locator("textarea[data-testid=correction-note], input[data-testid=correction-note], [data-testid=correction-note] textarea").First.FillAsync("Tom Whitaker's arrival time corrected.");
        await priya.Locator("[data-testid=step-publish]").ClickAsync();
        await Assertions.Expect(priya.Locator("[data-testid=confirm-ok]")).ToBeVisibleAsync();
        await DialogScreens.TakeAsync(priya, "publish-minutes-dialog");
        await priya.Locator("[data-testid=confirm-ok]").ClickAsync();
        await Assertions.Expect(priya.Locator("[data-testid=stage]")).ToContainTextAsync("Published (version 2)", new() { Timeout = 30_000 });
        await priya.ScreenshotAsync(new() { Path = Path.Combine(PdfTools.OutputFolder, "publication-page.png") });
        await priya.Context.CloseAsync();

        // An anonymous reader: forum → board → minutes → PDF.
        var reader = await (await browser.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), AcceptDownloads = true })).NewPageAsync();
        await reader.GotoAsync("forum");
        await reader.GetByRole(AriaRole.Link, new() { Name = "UK Rare Diseases Framework Board" }).ClickAsync();
        await reader.Locator("[data-testid=forum-minutes] a").First.ClickAsync();
        await Assertions.Expect(reader.Locator("[data-testid=version]")).ToContainTextAsync("2, published");
        await Assertions.Expect(reader.Locator("[data-testid=minutes]")).ToContainTextAsync("Tom Whitaker's arrival time corrected.");
        var hash = (await reader.Locator("[data-testid=content-hash]").InnerTextAsync()).Trim();
        await reader.ScreenshotAsync(new() { Path = Path.Combine(PdfTools.OutputFolder, "forum-minutes-v2.png"), FullPage = true });
        var download = await reader.RunAndWaitForDownloadAsync(() => reader.Locator("[data-testid=download-pdf]").ClickAsync());
        var path = Path.Combine(PdfTools.OutputFolder, "browser-download-v2.pdf");
        await download.SaveAsAsync(path);
        // The earlier version stays readable, says there is a later one, and passes the same accessibility rules.
        await reader.GetByRole(AriaRole.Link, new() { Name = "Version 1" }).ClickAsync();
        await Assertions.Expect(reader.Locator("[data-testid=older-version]")).ToBeVisibleAsync();
        await Assertions.Expect(reader.Locator("[data-testid=version]")).ToContainTextAsync("1, published");
        var axe = await WcagAudit.RunAsync(reader);
        Assert.True(axe.Violations.Length == 0, string.Join("\n", WcagAudit.Violations(axe)));
        await reader.Context.CloseAsync();

        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(path), 0, 5));
        Assert.Equal(0, PdfTools.Check(path).ExitCode);
        var text = PdfTools.Text(path);
        Assert.Contains($"Delivery Group meeting {number}", text, StringComparison.Ordinal);
        Assert.Contains("Minutes version 2", text, StringComparison.Ordinal);
        Assert.Contains("Coordinated care pilots", text, StringComparison.Ordinal);
        Assert.Contains("Tom Whitaker's arrival time corrected.", text, StringComparison.Ordinal);
        Assert.Contains("not 10:25", text, StringComparison.Ordinal);
        Assert.Contains(hash, Regex.Replace(text, @"\s+", ""), StringComparison.Ordinal);
        Assert.DoesNotContain(PublicationTestBase.ReservedWord, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("forum")]
    [InlineData("forum/uk-rare-diseases")]
    [InlineData("forum/uk-rare-diseases/minutes/{number}")]
    public async Task TheForumPages_HaveNoWcag22AaViolations(string path)
    {
        var (_, number, _) = await PastMeetingAsync(app.Server);
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.Server.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path.Replace("{number}", number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        var result = await WcagAudit.RunAsync(page);
        await context.CloseAsync();

        Assert.True(result.Violations.Length == 0, string.Join("\n", WcagAudit.Violations(result)));
        Assert.NotEmpty(result.Passes);
    }

    /// <summary>An edit to a section's op log, as a member's editor would have made it while the correction is a draft.</summary>
    private static async Task AppendMinutesAsync(AppServer server, MeetingId meetingId, string itemTitle, string text)
    {
        await using var db = ServerDatabase.Open(server);
        var section = await db.AgendaItems.Where(i => i.MeetingId == meetingId && i.Title == itemTitle).Select(i => i.Id.Value).SingleAsync();
        var (current, revision) = await ServerDatabase.ReplayLogAsync(server, section);
        db.MinutesOperations.Add(new BoardRoom.App.Data.MinutesOperationRow
        {
            DocumentId = section,
            Revision = revision + 1,
            AuthorId = "browser-test",
            ClientId = "browser-test",
            ClientSeq = revision,
            Operation = BoardRoom.Core.Minutes.Ot.TextOperation.Insert(current.Length, current.Length, text).ToJson(),
            Timestamp = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task ThePublicationPage_HasNoWcag22AaViolations()
    {
        var (meetingId, _, _) = await PastMeetingAsync(app.Server);
        var page = await BrowserSession.SignedInPageAsync(browser.Browser, app.Server, "priya.raman@rdfb.example");
        await page.GotoAsync($"meetings/{meetingId}/publication");
        await BrowserSession.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=stage]")).ToContainTextAsync("Published");

        var result = await WcagAudit.RunAsync(page);
        await page.Context.CloseAsync();

        Assert.True(result.Violations.Length == 0, string.Join("\n", WcagAudit.Violations(result)));
    }

    private static async Task<(MeetingId Id, int Number, string RotatingEmail)> PastMeetingAsync(AppServer server)
    {
        await using var db = ServerDatabase.Open(server);
        var meeting = await db.Meetings.Where(m => m.Status == MeetingStatus.Closed).Select(m => new { m.Id, m.Number, m.RotatingCoChairId }).SingleAsync();
        var email = await (from m in db.Memberships
                           join p in db.People on m.PersonId equals p.Id
                           where m.Id == meeting.RotatingCoChairId
                           select p.Email).SingleAsync();
        return (meeting.Id, meeting.Number, email);
    }
}
