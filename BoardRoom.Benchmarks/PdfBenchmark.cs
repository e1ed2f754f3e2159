using System.Diagnostics;
using System.Globalization;
using BoardRoom.Publishing.Documents;
using BoardRoom.Publishing.Pdf;

namespace BoardRoom.Benchmarks;

/// <summary>
/// Renders the sample minutes at about 30 pages, repeatedly, with one renderer (as the app holds
/// one): warm-up first so that JIT tiering, font loading and glyph-width caches are not counted.
/// Runs with the default fonts (Liberation) and, for comparison, with DejaVu when it is installed.
/// </summary>
public sealed class PdfBenchmark : IBenchmark
{
    private const int AgendaItems = 34;
    private const int WarmUpRuns = 30;
    private const int MeasuredRuns = 20;
    private const double TargetMilliseconds = 150;

    public string Name => "pdf";

    public string Description => "render ~30-page minutes to PDF (SkiaSharp), median of 20 after warm-up";

    public Task RunAsync(string repositoryRoot, TextWriter output)
    {
        var document = SampleMinutes.Build(AgendaItems);
        var median = Measure(document, PdfRenderOptions.Default, output);
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "target: median <= {0} ms: {1}", TargetMilliseconds, median <= TargetMilliseconds ? "met" : "NOT met"));

        var dejaVu = new PdfRenderOptions
        {
            SansFamilies = [new PdfFontFamily("DejaVu Sans", "fonts-dejavu-core fonts-dejavu-extra")],
            MonoFamilies = [new PdfFontFamily("DejaVu Sans Mono", "fonts-dejavu-core")],
        };
        try
        {
            Measure(document, dejaVu, output);
        }
        catch (PdfFontNotFoundException)
        {
            output.WriteLine("(DejaVu comparison skipped: DejaVu Sans with all four faces is not installed)");
        }
        return Task.CompletedTask;
    }

    private static double Measure(PublishedDocument document, PdfRenderOptions options, TextWriter output)
    {
        using var renderer = new PdfRenderer(options);
        var stream = new MemoryStream();
        var pages = 0;
        for (var i = 0; i < WarmUpRuns; i++)
        {
            stream.SetLength(0);
            pages = renderer.Render(document, stream);
        }
        // Let the JIT finish promoting hot methods to optimised code in the background, as it
        // would have long since done in a running server.
        Thread.Sleep(500);

        var times = new List<double>(MeasuredRuns);
        for (var i = 0; i < MeasuredRuns; i++)
        {
            stream.SetLength(0);
            var watch = Stopwatch.StartNew();
            renderer.Render(document, stream);
            watch.Stop();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var median = (times[(times.Count - 1) / 2] + times[times.Count / 2]) / 2;

        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Format(inv, "fonts {0} / {1}: {2} agenda items, {3} pages, {4:N0} bytes", renderer.SansFamily, renderer.MonoFamily, AgendaItems, pages, stream.Length));
        output.WriteLine(string.Format(inv, "  render ms over {0} runs: median {1:F1}, min {2:F1}, max {3:F1}", MeasuredRuns, median, times[0], times[^1]));
        return median;
    }
}
