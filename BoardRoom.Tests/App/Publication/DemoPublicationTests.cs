using BoardRoom.Core.Minutes.Records;
using BoardRoom.Tests.Publishing;

namespace BoardRoom.Tests.App.Publication;

public sealed class DemoPublicationTests : PublicationTestBase
{
    [Fact]
    public async Task ANewDatabase_HasThePastMeetingPublished_SignedByBothCoChairs()
    {
        var view = (await Publisher.ViewAsync(PastMeeting, await Person("priya.raman@rdfb.example"))).Value!;

        Assert.Equal(MinutesStage.Published, view.Stage);
        Assert.Single(view.Versions);
        Assert.Equal(2, view.CoChairs.Count);
        Assert.All(view.CoChairs, c => Assert.True(c.Valid));
        Assert.Equal(view.FullSha256, view.Versions[0].FullSha256);
        Assert.Equal(view.PublicSha256, view.Versions[0].PublicSha256);
        var boards = await Forum.BoardsAsync();
        Assert.Equal(1, boards.Single(b => b.Slug == "uk-rare-diseases").PublishedMeetings);
    }

    [Fact]
    public async Task ThePublicPdfAndForumPage_HaveNoTextOfTheReservedItem_AndTheFullPdfHas()
    {
        var board = (await Forum.BoardAsync("uk-rare-diseases"))!;
        var number = board.Minutes.Single().MeetingNumber;
        var page = (await Forum.MinutesAsync("uk-rare-diseases", number, null))!;
        var publicPdf = PdfTools.Save((await Forum.PdfAsync("uk-rare-diseases", number, 1))!, "demo-public");
        var fullPdf = PdfTools.Save((await Publisher.PublishedPdfAsync(PastMeeting, await Person("aisha.rahman@rdfb.example"), 1, RecordVersion.Full))!, "demo-full");

        var publicText = PdfTools.Text(publicPdf);
        var fullText = PdfTools.Text(fullPdf);
        Assert.Equal(0, PdfTools.Check(publicPdf).ExitCode);
        Assert.Equal(0, PdfTools.Check(fullPdf).ExitCode);
        Assert.DoesNotContain(ReservedWord, publicText, StringComparison.Ordinal);
        Assert.DoesNotContain("Commercial framework", publicText, StringComparison.Ordinal);
        Assert.DoesNotContain(ReservedWord, page.Html, StringComparison.Ordinal);
        Assert.Contains("Reserved business: 1 item taken in private.", publicText, StringComparison.Ordinal);
        Assert.Contains(ReservedWord, fullText, StringComparison.Ordinal);
        Assert.Contains("CONFIDENTIAL", fullText, StringComparison.Ordinal);
        Assert.DoesNotContain("CONFIDENTIAL", publicText, StringComparison.Ordinal);
        // The same version and hash on the page and in the PDF's footer.
        Assert.Contains(page.PublicSha256, publicText.Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Minutes version 1", publicText, StringComparison.Ordinal);
        Assert.Contains("Coordinated care pilots", publicText, StringComparison.Ordinal);
        Assert.Contains("D-20", publicText, StringComparison.Ordinal);
    }
}
