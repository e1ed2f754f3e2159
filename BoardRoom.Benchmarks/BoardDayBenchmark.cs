using System.Globalization;

namespace BoardRoom.Benchmarks;

/// <summary>
/// A board day (issue #16, item 6): M meetings in progress at once, 20 participants each, every participant a real
/// Blazor circuit (<see cref="BlazorCircuitClient"/>, no browser) and a minutes-hub connection, 3 typists per meeting
/// at about 3 edits/s in bursts and pauses, the chair clicking "Next item" and attendance buttons. Per M: a fresh app,
/// a warm-up (<c>--warmup N</c>, default 10 s), <c>--seconds N</c> measured (default 30), then ShareDB on the same edit
/// workload (bench/node/sharedb-board-day.mjs) after the app has been stopped. <c>--meetings M</c> (default 50) or
/// <c>--sweep 1,5,10</c>; <c>--connect-at-once N</c> (default 8) bounds how many circuits are being opened at a time.
/// </summary>
public sealed class BoardDayBenchmark : IBenchmark
{
    private const double TargetP99Ms = 100;

    public string Name => "board-day";

    public string Description => "M meetings x 20 participants (circuit + minutes hub each), 3 typists and a clicking chair per meeting, vs ShareDB; --meetings M | --sweep 1,5,10 [--seconds N --warmup N --no-sharedb]";

    public async Task RunAsync(string repositoryRoot, TextWriter output)
    {
        var dll = AppProcess.FindDll(repositoryRoot);
        if (dll is null)
        {
            output.WriteLine("board-day skipped: BoardRoom.App is not built. Build it with: dotnet build -c Release BoardRoom.App");
            return;
        }
        var sizes = Sweep() ?? [BenchmarkArguments.Int("--meetings", 50, 1, 200)];
        var warmUp = BenchmarkArguments.Int("--warmup", 10, 0, 300);
        var seconds = BenchmarkArguments.Int("--seconds", 30, 1, 600);
        var connectAtOnce = BenchmarkArguments.Int("--connect-at-once", 8, 1, 200);
        output.WriteLine($"app: {Path.GetRelativePath(repositoryRoot, dll)}; M = {string.Join(", ", sizes)}; {warmUp} s warm-up, {seconds} s measured; load average before: {LoadAverage.Now()}");
        var rows = new List<BoardDayRow>();
        foreach (var m in sizes)
        {
            var shape = new BoardDayShape(m, warmUp, seconds, connectAtOnce);
            var boardroom = await BoardDayRun.RunAsync(dll, shape, output);
            var sharedb = BenchmarkArguments.Has("--no-sharedb") ? null : ShareDbLoad.Run(repositoryRoot, "sharedb-board-day.mjs", shape.Seconds, shape.WarmUp, [("--docs", shape.Meetings)], output);
            var row = new BoardDayRow(boardroom, sharedb);
            rows.Add(row);
            BoardDayTable.WriteDetail(output, row);
            await output.FlushAsync();
        }
        output.WriteLine();
        BoardDayTable.Write(output, rows);
        output.WriteLine();
        output.WriteLine(Largest("BoardRoom edits seen p99", rows, r => r.BoardRoom.EditSeen));
        output.WriteLine(Largest("ShareDB edits seen p99", rows, r => r.ShareDb?.Seen));
        output.WriteLine(Largest("chair command seen p99", rows, r => r.BoardRoom.CommandSeen));
        await output.FlushAsync();
    }

    private static int[]? Sweep()
    {
        var args = Environment.GetCommandLineArgs();
        var at = Array.IndexOf(args, "--sweep");
        return at >= 0 && at + 1 < args.Length
            ? args[at + 1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Where(m => m is >= 1 and <= 200).ToArray()
            : null;
    }

    /// <summary>The largest M whose p99 met the target, counting only sizes at which every circuit asked for stayed live.</summary>
    private static string Largest(string what, List<BoardDayRow> rows, Func<BoardDayRow, LatencySummary?> figure)
    {
        var met = rows.Where(r => figure(r) is { Count: > 0 } s && s.P99 <= TargetP99Ms && r.BoardRoom.CircuitsLiveAtEnd == r.BoardRoom.CircuitsAsked)
            .Select(r => r.BoardRoom.Meetings).DefaultIfEmpty(0).Max();
        return met == 0
            ? $"largest M with {what} <= {TargetP99Ms} ms: none of those run"
            : $"largest M with {what} <= {TargetP99Ms} ms (all circuits live): {met}";
    }
}
