using BoardRoom.App.Components.Pages.Meetings;
using BoardRoom.App.Data;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Support;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Meetings;

/// <summary>Members read the papers where they read the agenda: on the meeting page, not only in the agenda builder.</summary>
public sealed class MeetingPagePapersTests : BoardRoomComponentTest
{
    private const string OpenPaper = "DG-2026-19 registry minimum data set.pdf";
    private const string ReservedPaper = "Procurement options (commercial in confidence).pdf";

    /// <summary>One paper on an open item and one on the reserved item of the demo's next meeting; returns that meeting.</summary>
    private async Task<MeetingId> AttachPapersAsync()
    {
        await using var db = Database.Open();
        var board = await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug);
        var meeting = await db.Meetings.Include(m => m.AgendaItems).Where(m => m.BoardId == board.Id && m.Status == MeetingStatus.Scheduled).FirstAsync();
        var priya = await Database.PersonIdAsync("priya.raman@rdfb.example");
        foreach (var (item, name) in new[] { (meeting.AgendaItems.First(i => i.Title.StartsWith("Data and digital", StringComparison.Ordinal)), OpenPaper), (meeting.AgendaItems.First(i => i.IsReserved), ReservedPaper) })
        {
            db.AgendaPapers.Add(new AgendaPaperRow
            {
                BoardId = board.Id, MeetingId = meeting.Id, AgendaItemId = item.Id, FileName = name, ContentType = "application/pdf",
                Length = 2048, Sha256 = new string('0', 64), UploadedBy = priya, UploadedAt = DateTimeOffset.UtcNow,
            });
        }
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    private IReadOnlyList<string> PaperLinks(IRenderedComponent<MeetingPage> page) =>
        page.FindAll("[data-testid=agenda-item] [data-testid=paper-link]").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task AMember_SeesEachItemsPapersOnTheMeetingPage_WithDownloadLinks()
    {
        var meeting = await AttachPapersAsync();
        await SignInAsAsync("aisha.rahman@rdfb.example", "Aisha Rahman");

        var page = Render<MeetingPage>(p => p.Add(x => x.Id, meeting.ToString()));

        page.WaitForAssertion(() => Assert.Equal([OpenPaper, ReservedPaper], PaperLinks(page)));
        var row = page.FindAll("[data-testid=agenda-item]").Single(r => r.TextContent.Contains("Data and digital", StringComparison.Ordinal));
        Assert.StartsWith("/papers/", row.QuerySelector("[data-testid=paper-link]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AnObserver_NeverSeesThePapersOfReservedItems()
    {
        var meeting = await AttachPapersAsync();
        await SignInAsAsync("anna.schmidt@rdfb.example", "Anna Schmidt");

        var page = Render<MeetingPage>(p => p.Add(x => x.Id, meeting.ToString()));

        page.WaitForAssertion(() => Assert.Equal([OpenPaper], PaperLinks(page)));
        Assert.DoesNotContain("Procurement options", page.Markup, StringComparison.Ordinal);
    }
}
