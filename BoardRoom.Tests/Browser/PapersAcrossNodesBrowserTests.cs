using System.Net;
using BoardRoom.App.Data;
using BoardRoom.App.Features.Agendas;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.Browser;

/// <summary>
/// Two nodes of one database, each with its own data folder (as on two hosts): a paper the secretariat attaches on
/// node A's agenda page is downloaded by a member through node B, because its bytes are in the database.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(TestProvider.Trait, TestProvider.Both)]
public sealed class PapersAcrossNodesBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task APaperUploadedThroughNodeA_IsDownloadedThroughNodeB_ThatHasItsOwnDataFolder()
    {
        await using var nodeA = await AppServer.StartAsync();
        var database = new Dictionary<string, string> { ["ConnectionStrings__BoardRoom"] = nodeA.ConnectionString };
        await using var nodeB = await AppServer.StartAsync(settings: database);
        Assert.NotEqual(nodeA.DataDirectory, nodeB.DataDirectory);
        Guid meetingId;
        string itemTitle;
        await using (var db = ServerDatabase.Open(nodeA))
        {
            var board = await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug);
            var meeting = await db.Meetings.Include(m => m.AgendaItems)
                .Where(m => m.BoardId == board.Id && m.Status == MeetingStatus.Scheduled).OrderBy(m => m.StartsAt).FirstAsync();
            meetingId = meeting.Id.Value;
            itemTitle = meeting.AgendaItems.Where(i => !i.IsReserved && !i.IsStanding).OrderBy(i => i.Position).First().Title;
        }
        var bytes = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n% uploaded on node A\n%%EOF\n"u8.ToArray();

        var secretariat = await BrowserSession.OpenAsync(browser.Browser, nodeA, "priya.raman@rdfb.example", $"meetings/{meetingId}/agenda");
        await AgendaPage.AttachPaperAsync(secretariat, itemTitle, "DG-2026-22 across nodes.pdf", "application/pdf", bytes);
        var href = await AgendaPage.Row(secretariat, itemTitle)
            .Locator("[data-testid=paper-link]", new() { HasText = "DG-2026-22 across nodes.pdf" }).GetAttributeAsync("href");
        await secretariat.Context.CloseAsync();

        using var member = await SignIn.SignedInClientAsync(nodeB, "aisha.rahman@rdfb.example");
        using var download = await member.GetAsync(href!.TrimStart('/'));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("DG-2026-22 across nodes.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("sandbox", download.Headers.GetValues("Content-Security-Policy").Single());
        // Neither node kept the upload on disk.
        foreach (var node in new[] { nodeA, nodeB })
        {
            Assert.False(Directory.Exists(Path.Combine(node.DataDirectory, PaperFolderImport.FolderName)), node.DataDirectory);
        }
    }
}
