using System.Text.RegularExpressions;
using BoardRoom.App.Data;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Publishing;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// The agenda's board pack PDF as people fetch it on the fresh demo: the secretariat attaches papers and downloads the
/// full pack from the agenda page; an observer downloads theirs from the meeting page and finds no reserved business.
/// On an app of its own: it attaches papers to the demo meeting, which the shared app's other tests read.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AgendaPackBrowserTests(BrowserFixture browser) : OwnAppBrowserTest(browser)
{
    private const string PublicItem = "Data and digital: shared rare disease registry specification";
    private const string ReservedItem = "Procurement of genomic testing services";
    private const string PublicPaper = "DG-2026-19 registry minimum data set.pdf";
    private const string ReservedPaper = "DG-2026-20 genomic tender options.pdf";

    private static readonly byte[] PaperBytes = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    private async Task<Meeting> NextMeetingAsync()
    {
        await using var db = ServerDatabase.Open(Server);
        var board = await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug);
        return await db.Meetings.Include(m => m.AgendaItems).Where(m => m.BoardId == board.Id && m.Status == MeetingStatus.Scheduled)
            .OrderBy(m => m.StartsAt).FirstAsync();
    }

    private static async Task<string> DownloadTextAsync(IPage page, string testId, string name)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($"[data-testid={testId}]").ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Screens.PathFor(name);
        await download.SaveAsAsync(path);
        return Spaces().Replace(PdfTools.Run("pdftotext", $"-enc UTF-8 \"{path}\" -"), " ");
    }

    [Fact]
    public async Task Secretariat_DownloadsTheFullPack_AndAnObserversPackHasNoReservedBusiness()
    {
        var meeting = await NextMeetingAsync();
        var secretariat = await BrowserSession.OpenAsync(Browser, Server, "priya.raman@rdfb.example", $"meetings/{meeting.Id}/agenda");
        await AgendaPage.AttachPaperAsync(secretariat, PublicItem, PublicPaper, "application/pdf", PaperBytes);
        await AgendaPage.AttachPaperAsync(secretariat, ReservedItem, ReservedPaper, "application/pdf", PaperBytes);

        var link = secretariat.GetByRole(AriaRole.Link, new() { Name = "Agenda PDF (board pack), with reserved business: confidential" });
        await Assertions.Expect(link).ToBeVisibleAsync();
        await Assertions.Expect(link).ToHaveAttributeAsync("href", $"/meetings/{meeting.Id}/agenda/full.pdf");
        await secretariat.ScreenshotAsync(new() { Path = Screens.PathFor("agenda-pack-link.png") });
        var full = await DownloadTextAsync(secretariat, "agenda-pdf", "agenda-pack-full.pdf");
        await secretariat.Context.CloseAsync();

        // Every item with the start time the agenda computes, its presenter and purpose, and every paper by name.
        foreach (var (item, startsAt) in meeting.ItemStartTimes())
        {
            var when = $"{MeetingTimeText.Time(startsAt)}–{MeetingTimeText.Time(startsAt.AddMinutes(item.MinutesAllotted))}";
            Assert.Contains($"{when} ({item.MinutesAllotted} minutes) · Presented by {item.Presenter} · {item.Purpose.Display()}", full);
            Assert.Contains($"{item.Position}. {item.Title}", full);
        }
        Assert.Contains($"{ReservedItem} (reserved business)", full);
        Assert.Contains("Standing item", full);
        Assert.Contains(PublicPaper, full);
        Assert.Contains(ReservedPaper, full);
        Assert.Contains("CONFIDENTIAL", full);
        Assert.Contains(MeetingTimeText.Span(meeting.StartsAt, meeting.EndsAt), full);

        var observer = await BrowserSession.OpenAsync(Browser, Server, "anna.schmidt@rdfb.example", $"meetings/{meeting.Id}");
        await Assertions.Expect(observer.Locator("[data-testid=agenda-pdf]")).ToHaveAttributeAsync("href", $"/meetings/{meeting.Id}/agenda/public.pdf");
        await Assertions.Expect(observer.Locator("[data-testid=agenda-pdf-public]")).ToHaveCountAsync(0);
        await observer.Locator("[data-testid=agenda-pdf]").ScrollIntoViewIfNeededAsync();
        await observer.ScreenshotAsync(new() { Path = Screens.PathFor("agenda-pack-observer.png") });
        var mine = await DownloadTextAsync(observer, "agenda-pdf", "agenda-pack-observer.pdf");

        Assert.Contains(PublicItem, mine);
        Assert.Contains(PublicPaper, mine);
        Assert.Contains("Board pack without reserved business.", mine);
        Assert.DoesNotContain(ReservedItem, mine, StringComparison.Ordinal);
        Assert.DoesNotContain("genomic", mine, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Commercially sensitive", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("CONFIDENTIAL", mine, StringComparison.Ordinal);

        // Typing the full pack's address opens nothing for them.
        var response = await observer.APIRequest.GetAsync($"meetings/{meeting.Id}/agenda/full.pdf");
        Assert.Equal(403, response.Status);
        await observer.Context.CloseAsync();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
