using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using BoardRoom.App.Features.Minutes.Protocol;

namespace BoardRoom.Benchmarks;

/// <summary>
/// 50 editors at 2 ops/s and 200 viewers on one minutes section of the real app (its own process on 127.0.0.1,
/// temp data folder), then ShareDB on the same workload (bench/node/sharedb-load.mjs), side by side.
/// Bounded: a 15 s warm-up (<c>--warmup N</c>), <c>--seconds N</c> measured (default 30), a drain, then everything is stopped.
/// </summary>
public sealed class HubLoadBenchmark : IBenchmark
{
    private const double TargetSeenP99Ms = 50;
    private const int DefaultEditors = 50;
    private const int DefaultViewers = 200;
    private const double OpsPerSecondPerEditor = 2;
    // Long enough for both processes' JIT tiering to settle on 2 cores (the tail of the first 10 s after a cold start is
    // 2-4x the steady tail; docs/benchmarks.md shows it window by window). --warmup N changes it.
    private const int DefaultWarmUpSeconds = 15;

    /// <summary>Width of the windows in which the seen-by-others p99 is also reported, to tell a steady tail from a transient.</summary>
    private const int WindowSeconds = 5;

    public string Name => "hub-load";

    public string Description => "50 editors (2 ops/s) + 200 viewers on one section of the running app vs ShareDB (node); --seconds N [--warmup N]";

    public async Task RunAsync(string repositoryRoot, TextWriter output)
    {
        var seconds = BenchmarkArguments.Int("--seconds", 30, 1, 600);
        // --editors / --viewers are for diagnosis only (e.g. --viewers 0 separates sequencing from fan-out).
        var editors = BenchmarkArguments.Int("--editors", DefaultEditors, 1, 200);
        var viewers = BenchmarkArguments.Int("--viewers", DefaultViewers, 0, 1000);
        var warmUp = BenchmarkArguments.Int("--warmup", DefaultWarmUpSeconds, 0, 300);
        var dll = BenchmarkApp.FindDll(repositoryRoot);
        if (dll is null)
        {
            output.WriteLine("hub-load skipped: BoardRoom.App is not built. Build it with: dotnet build -c Release BoardRoom.App");
            return;
        }
        output.WriteLine($"app: {Path.GetRelativePath(repositoryRoot, dll)}; {editors} editors x {OpsPerSecondPerEditor} ops/s, {viewers} viewers, one section; {warmUp} s warm-up, {seconds} s measured");
        output.WriteLine($"load average before: {LoadAverage()}");

        var boardroom = await RunBoardRoomAsync(dll, seconds, warmUp, editors, viewers, output);
        output.WriteLine($"load average after BoardRoom run: {LoadAverage()}");
        // --no-sharedb: diagnosis only, for repeated runs of the BoardRoom half.
        var sharedb = BenchmarkArguments.Has("--no-sharedb") ? null : RunShareDb(repositoryRoot, seconds, warmUp, editors, viewers, output);
        output.WriteLine($"load average after ShareDB run: {LoadAverage()}");

        output.WriteLine();
        output.WriteLine("| metric | BoardRoom (SignalR hub, SQLite) | ShareDB (text-unicode, ws, in-memory) |");
        output.WriteLine("|---|---:|---:|");
        Row(output, "submit-to-ack p50 / p95 / p99 / max ms", boardroom.Ack.ToString(), sharedb is null ? "-" : Summary.FromJson(sharedb.RootElement.GetProperty("submitToAckMs")).ToString());
        Row(output, "seen-by-others p50 / p95 / p99 / max ms", boardroom.Seen.ToString(), sharedb is null ? "-" : Summary.FromJson(sharedb.RootElement.GetProperty("seenByOthersMs")).ToString());
        Row(output, "latency samples (acks / viewer deliveries)", $"{boardroom.Ack.Count:N0} / {boardroom.Seen.Count:N0}",
            sharedb is null ? "-" : $"{Json(sharedb, "submitToAckMs", "count"):N0} / {Json(sharedb, "seenByOthersMs", "count"):N0}");
        Row(output, "edits made / submissions sent (measured)", $"{boardroom.Edits:N0} / {boardroom.Submissions:N0}",
            sharedb is null ? "-" : $"{Json(sharedb, "edits"):N0} / {Json(sharedb, "submissions"):N0}");
        Row(output, "ops/s sustained (acknowledged)", F(boardroom.OpsPerSecond), sharedb is null ? "-" : F(Json(sharedb, "opsPerSecond")));
        Row(output, "messages/s delivered (ops + acks)", F(boardroom.MessagesPerSecond, 0), sharedb is null ? "-" : F(Json(sharedb, "messagesPerSecond"), 0));
        Row(output, "server RSS before load MB", F(boardroom.RssBeforeMb), sharedb is null ? "-" : F(Json(sharedb, "serverRssBeforeMb")));
        Row(output, "server peak RSS MB (sampled / VmHWM)", $"{F(boardroom.PeakRssMb)} / {F(boardroom.VmHwmMb)}",
            sharedb is null ? "-" : $"{F(Json(sharedb, "serverPeakRssMb"))} / {F(Json(sharedb, "serverVmHwmMb"))}");
        Row(output, "final revision / length", $"{boardroom.FinalRevision:N0} / {boardroom.FinalLength:N0}",
            sharedb is null ? "-" : $"{Json(sharedb, "finalRevision"):N0} / {Json(sharedb, "finalLength"):N0}");
        Row(output, "converged (all replicas = fresh join)", boardroom.Converged ? "yes" : $"NO ({boardroom.Differing} differ)",
            sharedb is null ? "-" : sharedb.RootElement.GetProperty("converged").GetBoolean() ? "yes" : $"NO ({Json(sharedb, "replicasDiffering")} differ)");
        Row(output, "CPU cores used while measuring: server / load clients", $"{boardroom.ServerCpuCores:F2} / {boardroom.LoadCpuCores:F2}",
            sharedb is null ? "-" : $"{Json(sharedb, "serverCpuCores"):F2} / {Json(sharedb, "loadCpuCores"):F2}");
        Row(output, "errors", boardroom.Errors.ToString(CultureInfo.InvariantCulture), sharedb is null ? "-" : Json(sharedb, "errorCount").ToString(CultureInfo.InvariantCulture));
        output.WriteLine();
        if (boardroom.FirstError is not null)
        {
            output.WriteLine($"first BoardRoom error: {boardroom.FirstError}");
        }
        var p99 = boardroom.Seen.P99;
        output.WriteLine(boardroom.Seen.Count == 0 ? "target p99 seen-by-others: no viewers, not judged" : p99 <= TargetSeenP99Ms
            ? string.Create(CultureInfo.InvariantCulture, $"target p99 seen-by-others <= {TargetSeenP99Ms} ms: PASS ({p99:F1} ms)")
            : string.Create(CultureInfo.InvariantCulture, $"target p99 seen-by-others <= {TargetSeenP99Ms} ms: FAIL ({p99:F1} ms, {p99 - TargetSeenP99Ms:F1} ms over)"));
        await output.FlushAsync();
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static void Row(TextWriter output, string metric, string a, string b) => output.WriteLine($"| {metric} | {a} | {b} |");

    private static string F(double value, int decimals = 1) => value.ToString(decimals == 0 ? "N0" : "N1", CultureInfo.InvariantCulture);

    private static double Json(JsonDocument doc, params string[] path)
    {
        var e = doc.RootElement;
        foreach (var p in path)
        {
            e = e.GetProperty(p);
        }
        return e.ValueKind == JsonValueKind.Number ? e.GetDouble() : double.NaN;
    }

    // ------------------------------------------------------------------------------------------------- BoardRoom

    private sealed record BoardRoomResult(
        Summary Ack, Summary Seen, long Edits, long Submissions, double OpsPerSecond, double MessagesPerSecond,
        double RssBeforeMb, double PeakRssMb, double VmHwmMb, long FinalRevision, int FinalLength, bool Converged, int Differing,
        int Errors, string? FirstError, double ServerCpuCores, double LoadCpuCores);

    private static async Task<BoardRoomResult> RunBoardRoomAsync(string dll, int seconds, int warmUp, int editorCount, int viewerCount, TextWriter output)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("boardroom-hubload-").FullName;
        using var app = await BenchmarkApp.StartAsync(dll, dataDirectory);
        try
        {
            output.WriteLine($"BoardRoom app pid {app.Process.Id} at {app.BaseAddress}");
            var sectionId = await BenchmarkDatabase.UpcomingSectionAsync(BenchmarkDatabase.PathIn(dataDirectory));
            var cookies = new Dictionary<string, CookieContainer>();
            foreach (var email in BenchmarkSignIn.EditorAccounts.Concat(BenchmarkSignIn.ViewerAccounts))
            {
                cookies[email] = await BenchmarkSignIn.SignInAsync(app.BaseAddress, email);
            }

            var run = new LoadRun();
            var rssBefore = ReadStatusKb(app.Process.Id, "VmRSS");
            var editors = new List<MinutesLoadClient>();
            var viewers = new List<MinutesLoadClient>();
            for (var i = 0; i < editorCount; i++)
            {
                editors.Add(new MinutesLoadClient(run, $"e{i:D2}-{Guid.NewGuid():N}"[..20], cookies[BenchmarkSignIn.EditorAccounts[i % BenchmarkSignIn.EditorAccounts.Count]], isViewer: false));
            }
            for (var i = 0; i < viewerCount; i++)
            {
                viewers.Add(new MinutesLoadClient(run, $"v{i:D3}-{Guid.NewGuid():N}"[..20], cookies[BenchmarkSignIn.ViewerAccounts[i % BenchmarkSignIn.ViewerAccounts.Count]], isViewer: true));
            }
            var all = editors.Concat(viewers).ToList();
            var connectWatch = Stopwatch.StartNew();
            foreach (var batch in all.Chunk(25))
            {
                await Task.WhenAll(batch.Select(c => c.ConnectAndJoinAsync(app.BaseAddress, sectionId)));
            }
            output.WriteLine($"BoardRoom: {all.Count} connections joined section {sectionId} in {connectWatch.Elapsed.TotalSeconds:F1} s");

            // Memory sampler: the app's VmRSS every 250 ms.
            using var stop = new CancellationTokenSource();
            long peakRssKb = rssBefore;
            var sampler = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    peakRssKb = Math.Max(peakRssKb, ReadStatusKb(app.Process.Id, "VmRSS"));
                    try
                    {
                        await Task.Delay(250, stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }
                }
            });

            // Editors: each on its own phase, one small random edit every 500 ms.
            using var editing = new CancellationTokenSource();
            var period = TimeSpan.FromSeconds(1 / OpsPerSecondPerEditor);
            var editorLoops = editors.Select((e, i) => Task.Run(async () =>
            {
                var random = new Random(i);
                try
                {
                    await Task.Delay(period * i / editorCount, editing.Token);
                    using var timer = new PeriodicTimer(period);
                    do
                    {
                        e.MakeRandomEdit(random);
                    }
                    while (await timer.WaitForNextTickAsync(editing.Token));
                }
                catch (OperationCanceledException)
                {
                    // Stopped.
                }
            })).ToList();

            await Task.Delay(TimeSpan.FromSeconds(warmUp));
            var appCpuStart = CpuSeconds(app.Process.Id);
            var selfCpuStart = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
            run.StartMeasuring();
            await Task.Delay(TimeSpan.FromSeconds(seconds));
            var measured = run.StopMeasuring();
            var appCpu = CpuSeconds(app.Process.Id) - appCpuStart;
            var selfCpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - selfCpuStart;
            await editing.CancelAsync();
            await Task.WhenAll(editorLoops);

            // Drain: every editor settled, every replica at the head revision (bounded).
            var drain = Stopwatch.StartNew();
            while (drain.Elapsed < TimeSpan.FromSeconds(30)
                   && (editors.Any(e => !e.IsSettled) || all.Select(c => c.Revision).Distinct().Count() > 1))
            {
                await Task.Delay(20);
            }
            var fresh = new MinutesLoadClient(run, "fresh-" + Guid.NewGuid().ToString("N")[..8], cookies[BenchmarkSignIn.ViewerAccounts[0]], isViewer: true);
            await fresh.ConnectAndJoinAsync(app.BaseAddress, sectionId);
            var serverText = fresh.Text;
            var differing = all.Count(c => c.Text != serverText || c.Revision != fresh.Revision);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"BoardRoom: drained in {drain.Elapsed.TotalMilliseconds:F0} ms; server revision {fresh.Revision}, {differing} replicas differ"));

            await stop.CancelAsync();
            await sampler;
            var hwmKb = ReadStatusKb(app.Process.Id, "VmHWM");
            peakRssKb = Math.Max(peakRssKb, ReadStatusKb(app.Process.Id, "VmRSS"));

            await Task.WhenAll(all.Append(fresh).Select(c => c.DisposeAsync().AsTask()));
            var secondsMeasured = measured.TotalSeconds;
            if (run.SeenByWindow.Count > 0)
            {
                output.WriteLine($"BoardRoom: seen-by-others p99 by {WindowSeconds}-s window of the measured period (ms): "
                    + string.Join(" / ", run.SeenByWindow.Select(w => Summary.Of(w).P99.ToString("F1", CultureInfo.InvariantCulture))));
            }
            return new BoardRoomResult(
                Summary.Of(run.AckMs), Summary.Of(run.SeenMs), run.EditsMeasured, run.SubmissionsMeasured,
                run.AckMs.Count / secondsMeasured, run.MessagesMeasured / secondsMeasured,
                rssBefore / 1024.0, peakRssKb / 1024.0, hwmKb / 1024.0, fresh.Revision, serverText.Length,
                differing == 0, differing, run.ErrorCount, run.FirstError, appCpu / secondsMeasured, selfCpu / secondsMeasured);
        }
        finally
        {
            app.Kill();
            BenchmarkApp.DeleteDataDirectory(dataDirectory);
        }
    }

    /// <summary>User + system CPU seconds of a process so far, from /proc/pid/stat (clock ticks of 1/100 s).</summary>
    private static double CpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // After "pid (comm) ", field 3 (state) is index 0: utime is field 14, stime field 15.
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static long ReadStatusKb(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(field + ":", StringComparison.Ordinal))
                {
                    return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process has gone.
        }
        return 0;
    }

    /// <summary>Shared state of one run: send times by (clientId, clientSeq), latencies, counters.</summary>
    private sealed class LoadRun : IMinutesLoadObserver
    {
        private readonly ConcurrentDictionary<(string ClientId, long Seq), long> _measuredSends = new();
        private readonly Lock _lock = new();
        private long _start;
        private int _errorCount;
        private long _messages;
        private long _edits;
        private long _submissions;
        private volatile bool _measuring;

        public List<double> AckMs { get; } = [];

        /// <summary>Seen-by-others latencies by the <see cref="WindowSeconds"/>-second window of the measured period they were sent in.</summary>
        public List<List<double>> SeenByWindow { get; } = [];

        public List<double> SeenMs => SeenByWindow.SelectMany(w => w).ToList();

        public bool Measuring => _measuring;

        public long MessagesMeasured => Interlocked.Read(ref _messages);

        public long EditsMeasured => Interlocked.Read(ref _edits);

        public long SubmissionsMeasured => Interlocked.Read(ref _submissions);

        public int ErrorCount => _errorCount;

        public string? FirstError { get; private set; }

        public void StartMeasuring()
        {
            _start = Stopwatch.GetTimestamp();
            _measuring = true;
        }

        public TimeSpan StopMeasuring()
        {
            _measuring = false;
            return Stopwatch.GetElapsedTime(_start);
        }

        public void Edited()
        {
            if (_measuring)
            {
                Interlocked.Increment(ref _edits);
            }
        }

        /// <summary>Only submissions sent while measuring are timed (their acks and deliveries may land after).</summary>
        public void Sending(string clientId, long seq)
        {
            if (_measuring)
            {
                Interlocked.Increment(ref _submissions);
                _measuredSends[(clientId, seq)] = Stopwatch.GetTimestamp();
            }
        }

        public void Acknowledged(Acknowledged ack, long now)
        {
            CountMessage();
            if (_measuredSends.TryGetValue((ack.ClientId, ack.ClientSeq), out var sent))
            {
                lock (_lock)
                {
                    AckMs.Add(Stopwatch.GetElapsedTime(sent, now).TotalMilliseconds);
                }
            }
        }

        public void AcknowledgedOnRejoin(OperationApplied own)
        {
            // Never called: hub-load's connections join once and are not killed.
        }

        public void Delivered(string clientId, long seq, long now, bool toViewer)
        {
            CountMessage();
            if (toViewer && _measuredSends.TryGetValue((clientId, seq), out var sent))
            {
                var ms = Stopwatch.GetElapsedTime(sent, now).TotalMilliseconds;
                var window = (int)(Stopwatch.GetElapsedTime(_start, sent).TotalSeconds / WindowSeconds);
                lock (_lock)
                {
                    while (SeenByWindow.Count <= window)
                    {
                        SeenByWindow.Add([]);
                    }
                    SeenByWindow[window].Add(ms);
                }
            }
        }

        public void Error(Exception e)
        {
            if (Interlocked.Increment(ref _errorCount) == 1)
            {
                FirstError = $"{e.GetType().Name}: {e.Message}";
            }
        }

        private void CountMessage()
        {
            if (_measuring)
            {
                Interlocked.Increment(ref _messages);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- ShareDB

    private static JsonDocument? RunShareDb(string repositoryRoot, int seconds, int warmUp, int editors, int viewers, TextWriter output)
    {
        var benchFolder = Path.Combine(repositoryRoot, "bench", "node");
        if (!Directory.Exists(Path.Combine(benchFolder, "node_modules")))
        {
            output.WriteLine("ShareDB comparison skipped: bench/node/node_modules is missing. Install it with: npm ci --prefix bench/node");
            return null;
        }
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = repositoryRoot,
        };
        start.ArgumentList.Add(Path.Combine(benchFolder, "sharedb-load.mjs"));
        start.ArgumentList.Add("--seconds");
        start.ArgumentList.Add(seconds.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add("--editors");
        start.ArgumentList.Add(editors.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add("--viewers");
        start.ArgumentList.Add(viewers.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add("--warmup");
        start.ArgumentList.Add(warmUp.ToString(CultureInfo.InvariantCulture));
        try
        {
            output.WriteLine($"running node bench/node/sharedb-load.mjs --seconds {seconds} (same workload against ShareDB)...");
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(seconds + warmUp + 240)))
            {
                process.Kill(entireProcessTree: true);
                output.WriteLine("ShareDB comparison failed: node did not finish in time.");
                return null;
            }
            if (process.ExitCode != 0)
            {
                output.WriteLine($"ShareDB comparison failed (exit {process.ExitCode}): {stderr.Result}");
                return null;
            }
            var json = JsonDocument.Parse(stdout.Result);
            output.WriteLine($"ShareDB: sharedb {json.RootElement.GetProperty("sharedb").GetString()}, node {json.RootElement.GetProperty("node").GetString()}, drained in {Json(json, "drainMs"):F0} ms");
            return json;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            output.WriteLine($"ShareDB comparison skipped: cannot start node ({ex.Message}).");
            return null;
        }
    }

    private readonly record struct Summary(int Count, double P50, double P95, double P99, double Max)
    {
        public static Summary Of(List<double> values)
        {
            if (values.Count == 0)
            {
                return new Summary(0, double.NaN, double.NaN, double.NaN, double.NaN);
            }
            var sorted = values.ToArray();
            Array.Sort(sorted);
            double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
            return new Summary(sorted.Length, At(50), At(95), At(99), sorted[^1]);
        }

        public static Summary FromJson(JsonElement e) => e.GetProperty("count").GetInt32() == 0
            ? new Summary(0, double.NaN, double.NaN, double.NaN, double.NaN)
            : new Summary(e.GetProperty("count").GetInt32(), e.GetProperty("p50").GetDouble(), e.GetProperty("p95").GetDouble(),
                e.GetProperty("p99").GetDouble(), e.GetProperty("max").GetDouble());

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{P50:F1} / {P95:F1} / {P99:F1} / {Max:F1}");
    }
}
