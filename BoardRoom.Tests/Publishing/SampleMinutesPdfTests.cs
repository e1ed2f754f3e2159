namespace BoardRoom.Tests.Publishing;

public class SampleMinutesPdfTests(PdfRendererFixture fixture) : IClassFixture<PdfRendererFixture>
{
    [Fact]
    public void SampleMinutes_RenderToAValidPdfWithEveryPageNumbered()
    {
        var path = PdfTools.Save(fixture.Renderer.Render(SampleMinutes.Build(agendaItems: 5)), "sample-minutes");

        var (exitCode, output) = PdfTools.Check(path);
        Assert.True(exitCode == 0, output);
        var pages = PdfTools.Pages(path);
        Assert.True(pages.Length >= 3, $"expected several pages, got {pages.Length}");
        for (var i = 0; i < pages.Length; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Length}", pages[i]);
        }
    }
}
