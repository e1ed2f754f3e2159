using System.Globalization;
using BoardRoom.App.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BoardRoom.Benchmarks;

/// <summary>
/// Server memory per idle signed-in Blazor circuit on the meeting page (issue #16, item 7). The real app runs in its own
/// process on 127.0.0.1 (temp data folder); headless Chromium (/usr/bin/chromium, or BOARDROOM_CHROMIUM) opens the demo
/// board's next meeting in N tabs of one signed-in context, each a real circuit, and the app's VmRSS is read once the
/// tabs are open and idle. Steps default to 100, 500 and 1,000 circuits (<c>--max N</c> lowers the last); the run stops
/// early, and says so, when the machine's available memory falls under 3 GiB. Everything is closed at the end.
/// RSS counts garbage not yet collected and memory the GC keeps for reuse; with dotnet-gcdump installed
/// (<c>dotnet tool install -g dotnet-gcdump</c>) each step also takes a heap dump, which first runs a full collection,
/// and reports the managed heap that is live: what each circuit really keeps.
/// </summary>
public sealed class CircuitsBenchmark : IBenchmark
{
    private const int OpenAtOnce = 8;
    private const int TabsPerBrowser = 200;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(15);
    private const long MinimumAvailableKb = 3L * 1024 * 1024;

    public string Name => "circuits";

    public string Description => "server RSS per idle signed-in circuit on the meeting page at 100, 500 and 1,000 circuits (headless Chromium tabs); --max N, --home for the home page";

    public async Task RunAsync(string repositoryRoot, TextWriter output)
    {
        var max = BenchmarkArguments.Int("--max", 1000, 10, 2000);
        var steps = new[] { 100, 500, 1000 }.Where(s => s < max).Append(max).Distinct().ToList();
        var dll = AppProcess.FindDll(repositoryRoot);
        var chromium = Environment.GetEnvironmentVariable("BOARDROOM_CHROMIUM") ?? "/usr/bin/chromium";
        if (dll is null || !File.Exists(chromium))
        {
            output.WriteLine($"circuits skipped: {(dll is null ? "BoardRoom.App is not built (dotnet build -c Release BoardRoom.App)" : $"no Chromium at {chromium}")}.");
            return;
        }
        var data = Path.Combine(Path.GetTempPath(), $"boardroom-circuits-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);
        try
        {
            using var app = await BenchmarkApp.StartAsync(dll, data);
            var meeting = await UpcomingMeetingAsync(BenchmarkDatabase.PathIn(data));
            var cookies = await SignInForm.SessionCookiesAsync(app.BaseAddress, "aisha.rahman@rdfb.example");
            using var playwright = await Playwright.CreateAsync();
            // One Chromium keeps at most about 255 WebSockets open: a new browser for every TabsPerBrowser tabs.
            var browsers = new List<IBrowser>();
            var contexts = new List<IBrowserContext>();
            async Task<IBrowserContext> ContextForAsync(int tab)
            {
                while (contexts.Count <= tab / TabsPerBrowser)
                {
                    var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                    {
                        ExecutablePath = chromium,
                        Headless = true,
                        // Tabs share a few renderer processes; nothing reaches beyond 127.0.0.1.
                        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--renderer-process-limit=6",
                            "--disable-background-timer-throttling", "--disable-renderer-backgrounding"],
                    });
                    var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString() });
                    await context.AddCookiesAsync(cookies.GetAllCookies().Select(c => new Cookie
                    {
                        Name = c.Name, Value = c.Value, Domain = app.BaseAddress.Host, Path = c.Path, HttpOnly = c.HttpOnly,
                    }));
                    browsers.Add(browser);
                    contexts.Add(context);
                }
                return contexts[tab / TabsPerBrowser];
            }
            // --home: the home page, for what the layout alone costs beside the meeting page.
            var url = BenchmarkArguments.Has("--home") ? string.Empty : $"meetings/{meeting}";

            // Warm: one circuit opened and closed, so the baseline includes what the first page loads once.
            var warm = await OpenAsync(await ContextForAsync(0), url);
            await warm.CloseAsync();
            await Task.Delay(Settle);
            var baselineKb = RssKb(app.Process.Id);
            var baselineHeap = LiveHeapBytes(app.Process.Id);
            output.WriteLine($"app: {Path.GetRelativePath(repositoryRoot, dll)}; page /{(url.Length == 0 ? "" : "meetings/{id}")} as a member; baseline VmRSS {baselineKb / 1024.0:0} MiB"
                + (baselineHeap is { } h ? $", live managed heap {h / 1048576.0:0.0} MiB" : " (dotnet-gcdump not found: no live-heap figures)") + " (no circuits, warmed)");
            output.WriteLine();
            output.WriteLine("| circuits | app VmRSS (MiB) | RSS above baseline (MiB) | RSS per circuit (KiB) | live heap per circuit (KiB) | opened in (s) |");
            output.WriteLine("|---:|---:|---:|---:|---:|---:|");

            var pages = new List<IPage>();
            foreach (var target in steps)
            {
                var started = DateTime.UtcNow;
                string? stopReason = null;
                while (pages.Count < target && stopReason is null)
                {
                    if (AvailableKb() < MinimumAvailableKb)
                    {
                        stopReason = $"the machine had under {MinimumAvailableKb / 1024 / 1024} GiB available";
                        break;
                    }
                    var first = pages.Count;
                    var contextsOfBatch = new List<IBrowserContext>();
                    for (var tab = first; tab < Math.Min(target, first + OpenAtOnce); tab++)
                    {
                        contextsOfBatch.Add(await ContextForAsync(tab));
                    }
                    try
                    {
                        pages.AddRange(await Task.WhenAll(contextsOfBatch.Select(c => OpenAsync(c, url))));
                    }
                    catch (Exception e) when (e is TimeoutException or PlaywrightException)
                    {
                        stopReason = $"a tab did not become interactive within 2 minutes ({e.GetType().Name})";
                    }
                }
                var stoppedShort = stopReason is not null;
                var opened = DateTime.UtcNow - started;
                await Task.Delay(Settle);
                var rssKb = RssKb(app.Process.Id);
                var live = await CountLiveAsync(pages);
                var heap = LiveHeapBytes(app.Process.Id);
                var above = (rssKb - baselineKb) / 1024.0;
                var heapPer = heap is { } b && baselineHeap is { } b0 ? string.Create(CultureInfo.InvariantCulture, $"{(b - b0) / 1024.0 / Math.Max(1, live):0}") : "–";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {live} | {rssKb / 1024.0:0} | {above:0} | {(rssKb - baselineKb) / (double)Math.Max(1, live):0} | {heapPer} | {opened.TotalSeconds:0} |"));
                if (stoppedShort)
                {
                    output.WriteLine($"stopped at {pages.Count} tabs: {stopReason}.");
                    break;
                }
            }
            output.WriteLine();
            output.WriteLine("Per circuit = (app VmRSS − baseline) / live circuits. A live circuit is a tab whose page says it is interactive after the settle.");
            foreach (var browser in browsers)
            {
                await browser.CloseAsync();
            }
        }
        finally
        {
            AppProcess.DeleteDataDirectory(data);
        }
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(url, new PageGotoOptions { Timeout = 120_000 });
        // Interactive: the circuit is up and the page has rendered through it.
        await page.Locator("[data-testid=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 120_000 });
        return page;
    }

    private static async Task<int> CountLiveAsync(IEnumerable<IPage> pages)
    {
        var live = 0;
        foreach (var page in pages)
        {
            // Blazor shows its reconnect dialog (components-reconnect-show) when a circuit drops.
            var dropped = await page.EvaluateAsync<bool>("() => !!document.querySelector('.components-reconnect-show, .components-reconnect-failed, .components-reconnect-rejected')");
            live += dropped ? 0 : 1;
        }
        return live;
    }

    private static async Task<Guid> UpcomingMeetingAsync(string databasePath)
    {
        await using var db = BenchmarkDatabase.Open(databasePath);
        var board = await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug);
        var meetings = await db.Meetings.Where(m => m.BoardId == board.Id).ToListAsync();
        return meetings.MaxBy(m => m.StartsAt)!.Id.Value;
    }

    /// <summary>The live managed heap after a full collection (dotnet-gcdump collects one first); null without the tool.</summary>
    private static long? LiveHeapBytes(int pid)
    {
        var tool = new[] { Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", "dotnet-gcdump") }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Select(d => Path.Combine(d, "dotnet-gcdump")))
            .FirstOrDefault(File.Exists);
        if (tool is null)
        {
            return null;
        }
        var dump = Path.Combine(Path.GetTempPath(), $"boardroom-circuits-{Guid.NewGuid():N}.gcdump");
        try
        {
            Run(tool, $"collect -p {pid} -o {dump}");
            // The report's first line: "     88,886,547  GC Heap bytes".
            var first = Run(tool, $"report {dump}").Split('\n').FirstOrDefault(l => l.Contains("GC Heap bytes", StringComparison.Ordinal));
            return first is null ? null : long.Parse(first.Trim().Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(dump);
        }
    }

    private static string Run(string file, string arguments)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit(120_000);
        return text;
    }

    private static long RssKb(int pid) => ProcessMeter.FieldKb($"/proc/{pid}/status", "VmRSS");

    private static long AvailableKb() => ProcessMeter.FieldKb("/proc/meminfo", "MemAvailable");
}
