using System.Diagnostics;
using System.Globalization;
using BoardRoom.Core.Publication.Pdf;
using BoardRoom.Core.Publication.Samples;

namespace BoardRoom.Benchmarks;

/// <summary>
/// Renders the sample minutes at about 30 pages, repeatedly, with one renderer (as the app holds
/// one): warm-up first so that JIT, font loading and glyph-width caches are not counted.
/// </summary>
public sealed class PdfBenchmark : IBenchmark
{
    private const int AgendaItems = 40;
    private const int WarmUpRuns = 5;
    private const int MeasuredRuns = 20;
    private const double TargetMilliseconds = 150;

    public string Name => "pdf";

    public string Description => "render ~30-page minutes to PDF (SkiaSharp), median of 20 after warm-up";

    public Task RunAsync(string repositoryRoot, TextWriter output)
    {
        var document = SampleMinutes.Build(AgendaItems);
        using var renderer = new PdfRenderer();
        var stream = new MemoryStream();
        var pages = 0;
        for (var i = 0; i < WarmUpRuns; i++)
        {
            stream.SetLength(0);
            pages = renderer.Render(document, stream);
        }

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
        output.WriteLine(string.Format(inv, "fonts: {0} / {1}", renderer.SansFamily, renderer.MonoFamily));
        output.WriteLine(string.Format(inv, "document: {0} agenda items, {1} pages, {2:N0} bytes", AgendaItems, pages, stream.Length));
        output.WriteLine(string.Format(inv, "render ms over {0} runs: median {1:F1}, min {2:F1}, max {3:F1}", MeasuredRuns, median, times[0], times[^1]));
        output.WriteLine(string.Format(inv, "target: median <= {0} ms: {1}", TargetMilliseconds, median <= TargetMilliseconds ? "met" : "NOT met"));
        return Task.CompletedTask;
    }
}
