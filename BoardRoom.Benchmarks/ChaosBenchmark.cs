using System.Diagnostics;
using System.Globalization;

namespace BoardRoom.Benchmarks;

/// <summary>
/// Kill -9 of the app during a typing storm, cycle after cycle: a few editors on one minutes section of the real app
/// (its own process on 127.0.0.1, temp data folder, SQLite) type in bursts for 1–3 s; at a random moment the app is
/// killed (SIGKILL) and restarted on the same folder and port; the editors reconnect, rejoin from their revision and
/// re-send what was not acknowledged. After each cycle every acknowledged edit must be in the op log exactly once, at
/// its revision, and every replica must equal a fresh join. Bounded by <c>--cycles N</c> and <c>--max-minutes N</c>.
/// With <c>--nodes 2</c> (<see cref="ChaosTarget"/>) the app runs as two nodes behind BoardRoom.Proxy with a Redis
/// backplane; each cycle kills a random node, the editors connect through the proxy, and after each cycle a fresh join
/// on every node must equal the op log.
/// </summary>
public sealed class ChaosBenchmark : IBenchmark
{
    private static readonly TimeSpan SettleBound = TimeSpan.FromSeconds(60);

    public string Name => "chaos";

    public string Description => "kill -9 of the app (or of a random one of two nodes) during a typing storm, every ack in the op log once; --cycles N --editors N --max-minutes N --seed N [--nodes 2] [--resend-as-sent]";

    public async Task RunAsync(string repositoryRoot, TextWriter output)
    {
        var cycles = BenchmarkArguments.Int("--cycles", 100, 1, 10_000);
        var editorCount = BenchmarkArguments.Int("--editors", 4, 1, DemoAccounts.Editors.Count);
        var maxMinutes = BenchmarkArguments.Int("--max-minutes", 20, 1, 600);
        var seed = BenchmarkArguments.Int("--seed", Random.Shared.Next(1, 1_000_000), 0, int.MaxValue);
        var resendAsSent = BenchmarkArguments.Has("--resend-as-sent");
        var nodes = BenchmarkArguments.Int("--nodes", 1, 1, 2);
        var dll = AppProcess.FindDll(repositoryRoot);
        var proxyDll = ProxyProcess.FindDll(repositoryRoot);
        if (dll is null || (nodes > 1 && proxyDll is null))
        {
            output.WriteLine("chaos skipped: BoardRoom.App (and, for --nodes 2, BoardRoom.Proxy) is not built. Build them with: dotnet build -c Release BoardRoom.sln");
            return;
        }
        output.WriteLine($"app: {Path.GetRelativePath(repositoryRoot, dll)}; {(nodes == 1 ? "one node" : $"{nodes} nodes behind {Path.GetRelativePath(repositoryRoot, proxyDll!)}, Redis backplane")}; "
            + $"{cycles} cycles, {editorCount} editors, at most {maxMinutes} min, seed {seed}{(resendAsSent ? ", in-flight edits re-sent as sent on every rejoin" : "")}");

        var random = new Random(seed);
        var tally = new ChaosTally();
        var ledger = new ChaosLedger();
        var dataDirectory = Directory.CreateTempSubdirectory("boardroom-chaos-").FullName;
        var databasePath = BenchmarkDatabase.PathIn(dataDirectory);
        var target = await ChaosTarget.StartAsync(dll, proxyDll, dataDirectory, nodes);
        var editors = new List<MinutesLoadClient>();
        var run = Stopwatch.StartNew();
        try
        {
            output.WriteLine(target.Describe());
            var sectionId = await BenchmarkDatabase.UpcomingSectionAsync(databasePath);
            for (var i = 0; i < editorCount; i++)
            {
                var cookies = await SignInForm.SessionCookiesAsync(target.Entry, DemoAccounts.Editors[i]);
                var editor = new MinutesLoadClient(ledger, $"chaos{i}-{Guid.NewGuid():N}"[..20], cookies, isViewer: false)
                {
                    ResendAsSent = resendAsSent,
                    WatchGaps = nodes > 1,
                };
                editor.KeepJoined(target.Entry, sectionId);
                editors.Add(editor);
            }
            var auditor = await SignInForm.SessionCookiesAsync(target.NodeAddresses[0], DemoAccounts.Viewers[0]);
            await WaitAsync(() => editors.All(e => e.IsJoined), "the editors to join");
            var clientIds = editors.Select(e => e.ClientId).ToHashSet();

            while (tally.Cycles < cycles && run.Elapsed < TimeSpan.FromMinutes(maxMinutes))
            {
                var storm = TimeSpan.FromMilliseconds(1000 + random.Next(2001));
                var killAfter = storm * (0.15 + 0.7 * random.NextDouble());
                var stormSeed = random.Next();
                var typing = Task.WhenAll(editors.Select((e, i) => Task.Run(() => StormAsync(e, storm, new Random(stormSeed + i)))));

                var victim = random.Next(target.NodeCount);
                await Task.Delay(killAfter);
                var killedAt = Stopwatch.GetTimestamp();
                await target.KillAndRestartAsync(victim); // SIGKILL, then the same node again
                var restartMs = Stopwatch.GetElapsedTime(killedAt).TotalMilliseconds;
                await typing;

                // Those on the killed node lost their connection and reconnect (one node: to it again; two nodes: through
                // the proxy, to the other); the rest carry on.
                var onVictim = Enumerable.Range(0, editors.Count).Where(i => editors[i].ClosedAt > killedAt).ToList();
                await WaitAsync(() => editors.All(e => e.IsJoined && e.JoinedAt > e.ClosedAt), "every editor to rejoin");
                var rejoinMs = onVictim.Count == 0 ? (double?)null : Stopwatch.GetElapsedTime(killedAt, onVictim.Max(i => editors[i].JoinedAt)).TotalMilliseconds;
                await WaitAsync(() => editors.All(e => e.IsSettled) && editors.Select(e => e.Revision).Distinct().Count() == 1, "every edit to be acknowledged");

                // A fresh join on every node: each must serve the same text at the same revision as the editors hold.
                var joins = new List<(string Text, long Revision)>();
                foreach (var node in target.NodeAddresses)
                {
                    var fresh = new MinutesLoadClient(ledger, "audit-" + Guid.NewGuid().ToString("N")[..8], auditor, isViewer: true);
                    await fresh.ConnectAndJoinAsync(node, sectionId);
                    joins.Add((fresh.Text, fresh.Revision));
                    await fresh.DisposeAsync();
                }
                var (serverText, serverRevision) = joins[0];
                var mismatches = editors.Count(e => e.Text != serverText || e.Revision != serverRevision) + joins.Count(j => j != joins[0]);
                var audit = await OpLogAudit.ReadAsync(databasePath, sectionId, ledger.Snapshot(), clientIds, serverText);
                var pendingDropped = editors.Sum(e => e.PendingDropped);
                tally.Add(audit, mismatches, restartMs, rejoinMs, onVictim.Count);
                if (!audit.Clean || mismatches > 0 || audit.HeadRevision != serverRevision || pendingDropped > 0 || ledger.Failures > 0 || ledger.ConflictingAcks > 0)
                {
                    tally.FailedCycles++;
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"cycle {tally.Cycles} FAILED (kill {killAfter.TotalMilliseconds:F0} ms into a {storm.TotalMilliseconds:F0} ms storm): {audit}; server revision {serverRevision}; replicas differing {mismatches}; pending dropped {pendingDropped}; refusals {ledger.Failures} ({ledger.FirstFailure}); conflicting acks {ledger.ConflictingAcks}"));
                }
                if (tally.Cycles % 10 == 0)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"cycle {tally.Cycles}: killed node {ChaosTarget.Name(victim)} ({onVictim.Count} editors on it), revision {serverRevision}, {audit.AcksChecked:N0} acks checked, {audit.Losses} lost, restart {restartMs:F0} ms, its editors rejoined {(rejoinMs is { } r ? $"{r:F0} ms" : "-")}, {run.Elapsed.TotalSeconds:F0} s"));
                }
                await output.FlushAsync();
                await target.WaitUntilProxyReachesEveryNodeAsync();
            }
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            // A bounded wait ran out, or the restarted app exited during start-up.
            tally.Stalled = e.Message + " " + string.Join("; ", editors.Select(c => $"{c.ClientId}: joined {c.IsJoined}, settled {c.IsSettled}, revision {c.Revision}, last connect error {c.LastConnectError ?? "none"}"));
            output.WriteLine($"cycle {tally.Cycles + 1} STALLED: {tally.Stalled}");
        }
        finally
        {
            tally.GapRejoins = editors.Sum(e => e.GapRejoins);
            await Task.WhenAll(editors.Select(e => e.DisposeAsync().AsTask()));
            target.Dispose();
            AppProcess.DeleteDataDirectory(dataDirectory);
        }

        var command = $"dotnet run -c Release --project BoardRoom.Benchmarks -- chaos --cycles {cycles} --editors {editorCount} --max-minutes {maxMinutes} --seed {seed}{(nodes > 1 ? $" --nodes {nodes}" : "")}{(resendAsSent ? " --resend-as-sent" : "")}";
        tally.Print(output, ledger, run.Elapsed, command);
        if (!tally.Passed(ledger))
        {
            Environment.ExitCode = 1;
        }
    }

    /// <summary>Human-ish typing: bursts of 3–12 keystrokes 40–160 ms apart, pauses of 150–850 ms, for <paramref name="length"/>.</summary>
    private static async Task StormAsync(MinutesLoadClient editor, TimeSpan length, Random random)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < length)
        {
            for (var burst = 3 + random.Next(10); burst > 0 && watch.Elapsed < length; burst--)
            {
                editor.MakeRandomEdit(random);
                await Task.Delay(40 + random.Next(121));
            }
            await Task.Delay(150 + random.Next(701));
        }
    }

    private static async Task WaitAsync(Func<bool> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > SettleBound)
            {
                throw new TimeoutException($"Waited {SettleBound.TotalSeconds:F0} s for {what}.");
            }
            await Task.Delay(10);
        }
    }
}
