using System.Text;
using BoardRoom.App.Components.Pages.Agendas;
using BoardRoom.App.Data;
using BoardRoom.App.Hosting;
using BoardRoom.Core.Meetings;
using BoardRoom.Tests.Support;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.App.Agendas;

public sealed class AgendaPaperComponentTests : BoardRoomComponentTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // The data folder (read for papers an earlier version kept on disk) is this test's, not the build output.
        Services.PostConfigure<BoardRoomOptions>(o => o.DataDirectory = Database.Directory);
    }

    private async Task<IRenderedComponent<AgendaBuilder>> OpenAsync()
    {
        await using (var db = Database.Open())
        {
            var board = await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug);
            var meeting = await db.Meetings.Where(m => m.BoardId == board.Id && m.Status == MeetingStatus.Scheduled).Select(m => m.Id).FirstAsync();
            await SignInAsAsync("priya.raman@rdfb.example", "Priya Raman");
            var page = Render<AgendaBuilder>(p => p.Add(x => x.Id, meeting.ToString()));
            page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=agenda-row]")));
            return page;
        }
    }

    [Fact]
    public async Task AttachingAPdf_ListsItUnderTheItem_WithADownloadLink()
    {
        var page = await OpenAsync();

        page.FindComponents<InputFile>()[4].UploadFiles(InputFileContent.CreateFromBinary(Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n"), "DG-2026-19.pdf", contentType: "application/pdf"));

        page.WaitForAssertion(() => Assert.Contains("DG-2026-19.pdf", page.Find("[data-testid=paper-link]").TextContent));
        Assert.StartsWith("/papers/", page.Find("[data-testid=paper-link]").GetAttribute("href"));
        Assert.Contains("Attached DG-2026-19.pdf", page.Find("[data-testid=agenda-announcement]").TextContent);
        await using var db = Database.Open();
        var paper = await db.AgendaPapers.SingleAsync(p => p.FileName == "DG-2026-19.pdf");
        Assert.Equal(Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n"), (await db.PaperContents.SingleAsync(c => c.PaperId == paper.Id)).Content);
    }

    [Fact]
    public async Task AnExecutable_IsRefusedWithTheServersMessage()
    {
        var page = await OpenAsync();

        page.FindComponents<InputFile>()[0].UploadFiles(InputFileContent.CreateFromBinary([0x4D, 0x5A, 0x90, 0x00], "minutes.exe"));

        page.WaitForAssertion(() => Assert.Contains("is not a paper type BoardRoom accepts", page.Find("[data-testid=agenda-error]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=paper-link]"));
    }
}
