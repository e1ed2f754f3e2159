using System.Diagnostics;
using System.Globalization;

namespace BoardRoom.Benchmarks;

/// <summary>
/// Kill -9 of the app during a typing storm, cycle after cycle: a few editors on one minutes section of the real app
/// (its own process on 127.0.0.1, temp data folder, SQLite) type in bursts for 1–3 s; at a random moment the app is
/// killed (SIGKILL) and restarted on the same folder and port; the editors reconnect, rejoin from their revision and
/// re-send what was not acknowledged. After each cycle every acknowledged edit must be in the op log exactly once, at
/// its revision, and every replica must equal a fresh join. Bounded by <c>--cycles N</c> and <c>--max-minutes N</c>.
/// </summary>
public sealed class ChaosBenchmark : IBenchmark
{
    private static readonly TimeSpan SettleBound = TimeSpan.FromSeconds(60);

    public string Name => "chaos";

    public string Description => "kill -9 of the app during a typing storm, every ack in the op log once; --cycles N --editors N --max-minutes N --seed N [--resend-as-sent]";

    public async Task RunAsync(string repositoryRoot, TextWriter output)
    {
        var cycles = BenchmarkArguments.Int("--cycles", 100, 1, 10_000);
        var editorCount = BenchmarkArguments.Int("--editors", 4, 1, BenchmarkSignIn.EditorAccounts.Count);
        var maxMinutes = BenchmarkArguments.Int("--max-minutes", 20, 1, 600);
        var seed = BenchmarkArguments.Int("--seed", Random.Shared.Next(1, 1_000_000), 0, int.MaxValue);
        var resendAsSent = BenchmarkArguments.Has("--resend-as-sent");
        var dll = BenchmarkApp.FindDll(repositoryRoot);
        if (dll is null)
        {
            output.WriteLine("chaos skipped: BoardRoom.App is not built. Build it with: dotnet build -c Release BoardRoom.Benchmarks");
            return;
        }
        output.WriteLine($"app: {Path.GetRelativePath(repositoryRoot, dll)}; {cycles} cycles, {editorCount} editors, at most {maxMinutes} min, seed {seed}{(resendAsSent ? ", in-flight edits re-sent as sent on every rejoin" : "")}");

        var random = new Random(seed);
        var tally = new ChaosTally();
        var ledger = new ChaosLedger();
        var dataDirectory = Directory.CreateTempSubdirectory("boardroom-chaos-").FullName;
        var databasePath = BenchmarkDatabase.PathIn(dataDirectory);
        var app = await BenchmarkApp.StartAsync(dll, dataDirectory);
        var editors = new List<MinutesLoadClient>();
        var run = Stopwatch.StartNew();
        try
        {
            output.WriteLine($"app pid {app.Process.Id} at {app.BaseAddress}");
            var sectionId = await BenchmarkDatabase.UpcomingSectionAsync(databasePath);
            for (var i = 0; i < editorCount; i++)
            {
                var cookies = await BenchmarkSignIn.SignInAsync(app.BaseAddress, BenchmarkSignIn.EditorAccounts[i]);
                var editor = new MinutesLoadClient(ledger, $"chaos{i}-{Guid.NewGuid():N}"[..20], cookies, isViewer: false) { ResendAsSent = resendAsSent };
                editor.KeepJoined(app.BaseAddress, sectionId);
                editors.Add(editor);
            }
            var auditor = await BenchmarkSignIn.SignInAsync(app.BaseAddress, BenchmarkSignIn.ViewerAccounts[0]);
            await WaitAsync(() => editors.All(e => e.IsJoined), "the editors to join");
            var clientIds = editors.Select(e => e.ClientId).ToHashSet();

            while (tally.Cycles < cycles && run.Elapsed < TimeSpan.FromMinutes(maxMinutes))
            {
                var storm = TimeSpan.FromMilliseconds(1000 + random.Next(2001));
                var killAfter = storm * (0.15 + 0.7 * random.NextDouble());
                var stormSeed = random.Next();
                var typing = Task.WhenAll(editors.Select((e, i) => Task.Run(() => StormAsync(e, storm, new Random(stormSeed + i)))));

                await Task.Delay(killAfter);
                var killedAt = Stopwatch.GetTimestamp();
                var port = app.Port;
                app.Dispose(); // SIGKILL
                app = await BenchmarkApp.StartAsync(dll, dataDirectory, port);
                var restartMs = Stopwatch.GetElapsedTime(killedAt).TotalMilliseconds;
                await typing;

                await WaitAsync(() => editors.All(e => e.IsJoined && e.JoinedAt > killedAt), "every editor to rejoin");
                var rejoinMs = Stopwatch.GetElapsedTime(killedAt, editors.Max(e => e.JoinedAt)).TotalMilliseconds;
                await WaitAsync(() => editors.All(e => e.IsSettled) && editors.Select(e => e.Revision).Distinct().Count() == 1, "every edit to be acknowledged");

                var fresh = new MinutesLoadClient(ledger, "audit-" + Guid.NewGuid().ToString("N")[..8], auditor, isViewer: true);
                await fresh.ConnectAndJoinAsync(app.BaseAddress, sectionId);
                var serverText = fresh.Text;
                var serverRevision = fresh.Revision;
                await fresh.DisposeAsync();
                var mismatches = editors.Count(e => e.Text != serverText || e.Revision != serverRevision);
                var audit = await OpLogAudit.ReadAsync(databasePath, sectionId, ledger.Snapshot(), clientIds, serverText);
                var pendingDropped = editors.Sum(e => e.PendingDropped);
                tally.Add(audit, mismatches, restartMs, rejoinMs);
                if (!audit.Clean || mismatches > 0 || audit.HeadRevision != serverRevision || pendingDropped > 0 || ledger.Failures > 0 || ledger.ConflictingAcks > 0)
                {
                    tally.FailedCycles++;
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"cycle {tally.Cycles} FAILED (kill {killAfter.TotalMilliseconds:F0} ms into a {storm.TotalMilliseconds:F0} ms storm): {audit}; server revision {serverRevision}; replicas differing {mismatches}; pending dropped {pendingDropped}; refusals {ledger.Failures} ({ledger.FirstFailure}); conflicting acks {ledger.ConflictingAcks}"));
                }
                if (tally.Cycles % 10 == 0)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"cycle {tally.Cycles}: revision {serverRevision}, {audit.AcksChecked:N0} acks checked, {audit.Losses} lost, restart {restartMs:F0} ms, all rejoined {rejoinMs:F0} ms, {run.Elapsed.TotalSeconds:F0} s"));
                }
                await output.FlushAsync();
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
            await Task.WhenAll(editors.Select(e => e.DisposeAsync().AsTask()));
            app.Dispose();
            BenchmarkApp.DeleteDataDirectory(dataDirectory);
        }

        var command = $"dotnet run -c Release --project BoardRoom.Benchmarks -- chaos --cycles {cycles} --editors {editorCount} --max-minutes {maxMinutes} --seed {seed}{(resendAsSent ? " --resend-as-sent" : "")}";
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
