using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace BoardRoom.Benchmarks;

/// <summary>
/// 50 editors at 2 ops/s and 200 viewers on one minutes section of the real app (its own process on 127.0.0.1,
/// temp data folder), then ShareDB on the same workload (bench/node/sharedb-load.mjs), side by side.
/// With <c>--nodes 2</c> the second run is BoardRoom on two nodes instead of ShareDB: two app processes on one data
/// folder with a throw-away redis-server as the SignalR backplane, the editors on node A and the viewers on node B.
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

    public string Name => "hub-load";

    public string Description => "50 editors (2 ops/s) + 200 viewers on one section of the running app vs ShareDB (node), or with --nodes 2 vs two nodes through Redis; --seconds N [--warmup N]";

    public async Task RunAsync(string repositoryRoot, TextWriter output)
    {
        // --editors / --viewers are for diagnosis only (e.g. --viewers 0 separates sequencing from fan-out).
        var shape = new Shape(
            BenchmarkArguments.Int("--seconds", 30, 1, 600),
            BenchmarkArguments.Int("--warmup", DefaultWarmUpSeconds, 0, 300),
            BenchmarkArguments.Int("--editors", DefaultEditors, 1, 200),
            BenchmarkArguments.Int("--viewers", DefaultViewers, 0, 1000));
        var nodes = BenchmarkArguments.Int("--nodes", 1, 1, 2);
        var dll = AppProcess.FindDll(repositoryRoot);
        if (dll is null)
        {
            output.WriteLine("hub-load skipped: BoardRoom.App is not built. Build it with: dotnet build -c Release BoardRoom.App");
            return;
        }
        output.WriteLine($"app: {Path.GetRelativePath(repositoryRoot, dll)}; {shape.Editors} editors x {OpsPerSecondPerEditor} ops/s, {shape.Viewers} viewers, one section; {shape.WarmUp} s warm-up, {shape.Seconds} s measured"
            + (nodes == 2 ? "; single node, then two nodes" : ""));
        output.WriteLine($"load average before: {LoadAverage.Now()}");

        var boardroom = await RunBoardRoomAsync(dll, shape, nodes: 1, output);
        output.WriteLine($"load average after the single-node run: {LoadAverage.Now()}");
        List<(string Heading, HubLoadResult? Result)> columns;
        if (nodes == 2)
        {
            var cluster = await RunBoardRoomAsync(dll, shape, nodes: 2, output);
            output.WriteLine($"load average after the two-node run: {LoadAverage.Now()}");
            columns = [("single node", boardroom), ("two nodes (A editors, B viewers)", cluster)];
        }
        else
        {
            // --no-sharedb: diagnosis only, for repeated runs of the BoardRoom half.
            var sharedb = BenchmarkArguments.Has("--no-sharedb") ? null : ShareDbLoad.Run(repositoryRoot, shape.Seconds, shape.WarmUp, shape.Editors, shape.Viewers, output);
            output.WriteLine($"load average after ShareDB run: {LoadAverage.Now()}");
            columns = [("BoardRoom (SignalR hub, SQLite)", boardroom), ("ShareDB (text-unicode, ws, in-memory)", sharedb)];
        }

        output.WriteLine();
        HubLoadTable.Write(output, columns);
        output.WriteLine();
        foreach (var (heading, result) in nodes == 2 ? columns : columns.Take(1))
        {
            var prefix = nodes == 2 ? heading + ": " : "";
            if (result!.FirstError is not null)
            {
                output.WriteLine($"{prefix}first BoardRoom error: {result.FirstError}");
            }
            output.WriteLine(prefix + Verdict(result.Seen));
        }
        await output.FlushAsync();
    }

    private static string Verdict(LatencySummary seen) => seen.Count == 0 ? "target p99 seen-by-others: no viewers, not judged" : seen.P99 <= TargetSeenP99Ms
        ? string.Create(CultureInfo.InvariantCulture, $"target p99 seen-by-others <= {TargetSeenP99Ms} ms: PASS ({seen.P99:F1} ms)")
        : string.Create(CultureInfo.InvariantCulture, $"target p99 seen-by-others <= {TargetSeenP99Ms} ms: FAIL ({seen.P99:F1} ms, {seen.P99 - TargetSeenP99Ms:F1} ms over)");

    private readonly record struct Shape(int Seconds, int WarmUp, int Editors, int Viewers);

    /// <summary>
    /// One BoardRoom run on one node, or on two (node A for the editors, node B for the viewers) that share the data
    /// folder and a Redis, so that every edit reaches the viewers through the backplane.
    /// </summary>
    private static async Task<HubLoadResult> RunBoardRoomAsync(string dll, Shape shape, int nodes, TextWriter output)
    {
        var label = nodes == 1 ? "single node" : "two nodes";
        var dataDirectory = Directory.CreateTempSubdirectory("boardroom-hubload-").FullName;
        RedisServer? redis = null;
        AppProcess? nodeA = null;
        AppProcess? nodeB = null;
        try
        {
            Dictionary<string, string>? settings = null;
            if (nodes == 2)
            {
                redis = await RedisServer.StartAsync();
                settings = new Dictionary<string, string> { ["ConnectionStrings__Redis"] = redis.ConnectionString };
            }
            nodeA = await BenchmarkApp.StartAsync(dll, dataDirectory, settings: settings);
            // Node B starts once node A has migrated and seeded the folder, as a second node of a deployment does.
            nodeB = redis is null ? null : await BenchmarkApp.StartAsync(dll, dataDirectory, settings: settings);
            var viewerNode = nodeB ?? nodeA;
            output.WriteLine(nodeB is null
                ? $"{label}: app pid {nodeA.Process.Id} at {nodeA.BaseAddress}"
                : $"{label}: node A pid {nodeA.Process.Id} at {nodeA.BaseAddress} (editors), node B pid {nodeB.Process.Id} at {nodeB.BaseAddress} (viewers), redis-server pid {redis!.Process.Id} on 127.0.0.1:{redis.Port}");
            var sectionId = await BenchmarkDatabase.UpcomingSectionAsync(BenchmarkDatabase.PathIn(dataDirectory));
            // Each member signs in on the node their connections go to.
            var editorCookies = await SignInAsync(nodeA.BaseAddress, DemoAccounts.Editors);
            var viewerCookies = await SignInAsync(viewerNode.BaseAddress, DemoAccounts.Viewers);

            var run = new HubLoadRun();
            List<ProcessMeter> meters = nodeB is null
                ? [ProcessMeter.Start("app", nodeA.Process.Id)]
                : [ProcessMeter.Start("A", nodeA.Process.Id), ProcessMeter.Start("B", nodeB.Process.Id), ProcessMeter.Start("Redis", redis!.Process.Id)];
            var editors = Enumerable.Range(0, shape.Editors)
                .Select(i => new MinutesLoadClient(run, $"e{i:D2}-{Guid.NewGuid():N}"[..20], editorCookies[i % editorCookies.Count], isViewer: false))
                .ToList();
            var viewers = Enumerable.Range(0, shape.Viewers)
                .Select(i => new MinutesLoadClient(run, $"v{i:D3}-{Guid.NewGuid():N}"[..20], viewerCookies[i % viewerCookies.Count], isViewer: true))
                .ToList();
            var all = editors.Concat(viewers).ToList();
            var connectWatch = Stopwatch.StartNew();
            foreach (var batch in editors.Select(e => (Client: e, Node: nodeA)).Concat(viewers.Select(v => (Client: v, Node: viewerNode))).Chunk(25))
            {
                await Task.WhenAll(batch.Select(c => c.Client.ConnectAndJoinAsync(c.Node.BaseAddress, sectionId)));
            }
            output.WriteLine($"{label}: {all.Count} connections joined section {sectionId} in {connectWatch.Elapsed.TotalSeconds:F1} s");

            // Editors: each on its own phase, one small random edit every 500 ms.
            using var editing = new CancellationTokenSource();
            var period = TimeSpan.FromSeconds(1 / OpsPerSecondPerEditor);
            var editorLoops = editors.Select((e, i) => Task.Run(async () =>
            {
                var random = new Random(i);
                try
                {
                    await Task.Delay(period * i / shape.Editors, editing.Token);
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

            await Task.Delay(TimeSpan.FromSeconds(shape.WarmUp));
            meters.ForEach(m => m.StartMeasuring());
            var selfCpuStart = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
            run.StartMeasuring();
            await Task.Delay(TimeSpan.FromSeconds(shape.Seconds));
            var measured = run.StopMeasuring();
            meters.ForEach(m => m.StopMeasuring(measured));
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
            // A fresh join on every node: each replica must equal the first, and on two nodes the nodes must agree.
            var fresh = new List<MinutesLoadClient> { new(run, "fresh-" + Guid.NewGuid().ToString("N")[..8], editorCookies[0], isViewer: true) };
            await fresh[0].ConnectAndJoinAsync(nodeA.BaseAddress, sectionId);
            if (nodeB is not null)
            {
                fresh.Add(new MinutesLoadClient(run, "fresh-" + Guid.NewGuid().ToString("N")[..8], viewerCookies[0], isViewer: true));
                await fresh[1].ConnectAndJoinAsync(nodeB.BaseAddress, sectionId);
            }
            var serverText = fresh[0].Text;
            var serverRevision = fresh[0].Revision;
            var differing = all.Concat(fresh.Skip(1)).Count(c => c.Text != serverText || c.Revision != serverRevision);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: drained in {drain.Elapsed.TotalMilliseconds:F0} ms; server revision {serverRevision}, {differing} replicas differ"));

            var servers = await Task.WhenAll(meters.Select(m => m.StopAsync()));
            await Task.WhenAll(all.Concat(fresh).Select(c => c.DisposeAsync().AsTask()));
            var secondsMeasured = measured.TotalSeconds;
            if (run.SeenByWindow.Count > 0)
            {
                output.WriteLine($"{label}: seen-by-others p99 by {HubLoadRun.WindowSeconds}-s window of the measured period (ms): "
                    + string.Join(" / ", run.SeenByWindow.Select(w => LatencySummary.Of(w).P99.ToString("F1", CultureInfo.InvariantCulture))));
            }
            var (batches, batched) = run.BatchesMeasured;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label}: {batches:N0} batched broadcasts received while measuring ({batched:N0} edit deliveries, {(batches == 0 ? 0 : (double)batched / batches):F1} edits each); the rest came one edit a message"));
            return new HubLoadResult(
                LatencySummary.Of(run.AckMs), LatencySummary.Of(run.SeenMs), run.EditsMeasured, run.SubmissionsMeasured,
                run.AckMs.Count / secondsMeasured, run.MessagesMeasured / secondsMeasured, servers, serverRevision, serverText.Length,
                differing == 0, differing, run.ErrorCount, run.FirstError, selfCpu / secondsMeasured);
        }
        finally
        {
            nodeB?.Dispose();
            nodeA?.Dispose();
            redis?.Dispose();
            AppProcess.DeleteDataDirectory(dataDirectory);
        }
    }

    /// <summary>The session cookies of each account, signed in on one node, in the order of <paramref name="accounts"/>.</summary>
    private static async Task<List<CookieContainer>> SignInAsync(Uri node, IReadOnlyList<string> accounts)
    {
        var cookies = new List<CookieContainer>();
        foreach (var email in accounts)
        {
            cookies.Add(await SignInForm.SessionCookiesAsync(node, email));
        }
        return cookies;
    }
}
