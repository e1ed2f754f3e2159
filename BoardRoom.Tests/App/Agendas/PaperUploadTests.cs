using System.IO.Compression;
using System.Text;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Agendas;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.App.Data;
using BoardRoom.Tests.App.Administration;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Agendas;

/// <summary>Uploads through the agenda editor: checked, then kept in the database (bytes apart from the paper's row).</summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
public sealed class PaperUploadTests : IAsyncLifetime
{
    private PlanningHarness _h = null!;
    private Meeting _meeting = null!;

    public async Task InitializeAsync()
    {
        _h = await PlanningHarness.CreateAsync();
        _meeting = await _h.NextMeetingAsync();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static MemoryStream Pdf() => new(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"));

    private static MemoryStream Docx()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry("word/document.xml");
        }
        stream.Position = 0;
        return stream;
    }

    /// <summary>How many papers' bytes the database holds.</summary>
    private async Task<int> StoredContentsAsync()
    {
        await using var db = _h.Open();
        return await db.PaperContents.CountAsync();
    }

    [Fact]
    public async Task APdfAndADocx_AreAttached_AndAMemberCanDownloadThem()
    {
        var editor = await _h.AsAsync<AgendaEditor>(PlanningHarness.Secretariat);
        var item = _meeting.AgendaItems.First(i => !i.IsReserved);

        var pdf = await editor.AttachPaperAsync(_meeting.Id, item.Id, "DG-2026-19 registry.pdf", Pdf());
        var docx = await editor.AttachPaperAsync(_meeting.Id, item.Id, "cover note.docx", Docx());
        await editor.AttachPaperAsync(_meeting.Id, item.Id, "figures.csv", new MemoryStream("nation,count\nWales,3\n"u8.ToArray()));

        var papers = await _h.AsAsync<AgendaPapers>(PlanningHarness.Member);
        var download = await papers.OpenAsync(await _h.Database.PersonIdAsync(PlanningHarness.Member), pdf.Id);
        Assert.True(download.IsAllowed);
        Assert.Equal("application/pdf", download.Value!.ContentType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(download.Value.Content));
        Assert.Equal(3, await StoredContentsAsync());
        Assert.False(Directory.Exists(Path.Combine(_h.Database.Directory, PaperFolderImport.FolderName)), "nothing is written to the data folder");
        var view = (await editor.GetAsync(_meeting.Id.ToString())).Value!;
        Assert.Equal(["DG-2026-19 registry.pdf", "cover note.docx", "figures.csv"], view.Items.Single(i => i.Id == item.Id).Papers.Select(p => p.FileName));
        Assert.Equal(docx.Length, view.Items.Single(i => i.Id == item.Id).Papers[1].Length);
    }

    [Fact]
    public async Task AnOversizedUpload_IsRefused_AndLeavesNoBytesOrRecord()
    {
        var editor = await _h.AsAsync<AgendaEditor>(PlanningHarness.Secretariat);
        var big = new byte[PaperChecks.MaxBytes + 1];
        "%PDF-"u8.CopyTo(big);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            editor.AttachPaperAsync(_meeting.Id, _meeting.AgendaItems[0].Id, "huge.pdf", new MemoryStream(big)));

        Assert.Contains("larger than the 20 MB limit", refused.Message);
        Assert.Equal(0, await StoredContentsAsync());
        await using var db = _h.Open();
        Assert.Equal(0, await db.AgendaPapers.CountAsync());
    }

    [Theory]
    [InlineData("setup.exe", "MZ\u0090\u0000", "not a paper type")]
    [InlineData("report.html", "<script>alert(1)</script>", "not a paper type")]
    [InlineData("disguised.pdf", "<script>alert(1)</script>", "does not look like a PDF")]
    [InlineData("disguised.docx", "%PDF-1.4 not a zip", "does not look like a DOCX")]
    [InlineData("binary.txt", "abc\u0000def", "does not look like a TXT")]
    [InlineData("blank.pdf", "", "is empty")]
    public async Task ADisallowedOrMislabelledFile_IsRefused(string name, string content, string message)
    {
        var editor = await _h.AsAsync<AgendaEditor>(PlanningHarness.Secretariat);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            editor.AttachPaperAsync(_meeting.Id, _meeting.AgendaItems[0].Id, name, new MemoryStream(Encoding.UTF8.GetBytes(content))));

        Assert.Contains(message, refused.Message);
        Assert.Equal(0, await StoredContentsAsync());
    }

    [Fact]
    public async Task AMemberCannotUpload_AndAnObserverCannotDownloadAReservedItemsPaper()
    {
        var editor = await _h.AsAsync<AgendaEditor>(PlanningHarness.Secretariat);
        var member = await _h.AsAsync<AgendaEditor>(PlanningHarness.Member);
        var reserved = _meeting.AgendaItems.First(i => i.IsReserved);
        var paper = await editor.AttachPaperAsync(_meeting.Id, reserved.Id, "commercial terms.pdf", Pdf());

        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => member.AttachPaperAsync(_meeting.Id, reserved.Id, "mine.pdf", Pdf()));
        var papers = await _h.AsAsync<AgendaPapers>(PlanningHarness.Observer);
        var asObserver = await papers.OpenAsync(await _h.Database.PersonIdAsync(PlanningHarness.Observer), paper.Id);
        var asOutsider = await papers.OpenAsync(await _h.Database.PersonIdAsync("laura.finch@nsap.example"), paper.Id);
        var asMember = await papers.OpenAsync(await _h.Database.PersonIdAsync(PlanningHarness.Member), paper.Id);

        Assert.Equal(AgendaEditor.NotAnEditor, refused.Message);
        Assert.Equal(AccessOutcome.Forbidden, asObserver.Outcome);
        Assert.Equal(AccessOutcome.Forbidden, asOutsider.Outcome);
        Assert.True(asMember.IsAllowed);
    }

    [Fact]
    public async Task TheStoredBytes_AreTheUploadsWithItsHash()
    {
        var editor = await _h.AsAsync<AgendaEditor>(PlanningHarness.Secretariat);
        var bytes = Pdf().ToArray();

        var line = await editor.AttachPaperAsync(_meeting.Id, _meeting.AgendaItems[0].Id, "folder/../DG-2026-19.pdf", new MemoryStream(bytes));

        await using var db = _h.Open();
        var row = await db.AgendaPapers.SingleAsync(p => p.Id == line.Id);
        var content = await db.PaperContents.SingleAsync(c => c.PaperId == line.Id);
        Assert.Equal("DG-2026-19.pdf", row.FileName);
        Assert.Equal(bytes, content.Content);
        Assert.Equal(bytes.Length, row.Length);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), row.Sha256);
    }

    [Fact]
    public async Task RemovingAPaper_OrItsItem_RemovesItsBytes()
    {
        var editor = await _h.AsAsync<AgendaEditor>(PlanningHarness.Secretariat);
        var items = _meeting.AgendaItems.Where(i => !i.IsReserved && !i.IsStanding).Take(2).ToList();
        var first = await editor.AttachPaperAsync(_meeting.Id, items[0].Id, "one.pdf", Pdf());
        await editor.AttachPaperAsync(_meeting.Id, items[1].Id, "two.pdf", Pdf());
        await editor.AttachPaperAsync(_meeting.Id, items[1].Id, "three.csv", new MemoryStream("a,b\n"u8.ToArray()));
        Assert.Equal(3, await StoredContentsAsync());

        await editor.RemovePaperAsync(_meeting.Id, first.Id);
        Assert.Equal(2, await StoredContentsAsync());
        var papers = await _h.AsAsync<AgendaPapers>(PlanningHarness.Member);
        Assert.Equal(AccessOutcome.NotFound, (await papers.OpenAsync(await _h.Database.PersonIdAsync(PlanningHarness.Member), first.Id)).Outcome);

        await editor.RemoveItemAsync(_meeting.Id, items[1].Id);
        Assert.Equal(0, await StoredContentsAsync());
        await using var db = _h.Open();
        Assert.Equal(0, await db.AgendaPapers.CountAsync());
    }
}
