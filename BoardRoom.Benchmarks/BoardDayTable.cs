using System.Globalization;

namespace BoardRoom.Benchmarks;

/// <summary>Prints the board-day figures: a few lines per M as it ends, and the sweep's table.</summary>
internal static class BoardDayTable
{
    public static void WriteDetail(TextWriter output, BoardDayRow row)
    {
        var b = row.BoardRoom;
        output.WriteLine(F($"M={b.Meetings}: circuits live {b.CircuitsLiveAtEnd}/{b.CircuitsAsked} (started {b.CircuitsStarted}); hub connections joined {b.HubJoined}/{b.HubConnections}; edits made {b.Edits}"));
        if (b.CircuitLoss is not null)
        {
            output.WriteLine($"M={b.Meetings}: first circuit lost or refused: {b.CircuitLoss}");
        }
        output.WriteLine($"M={b.Meetings}: BoardRoom edits seen p50/p95/p99/max ms {b.EditSeen} (n={b.EditSeen.Count}); ShareDB {(row.ShareDb is { } s ? $"{s.Seen} (n={s.Seen.Count}), server {s.Servers[0].CpuCores:F2} cores, peak RSS {s.Servers[0].PeakRssMb:F0} MB" : "not run")}");
        output.WriteLine($"M={b.Meetings}: chair command seen {b.CommandSeen} (n={b.CommandSeen.Count}); click round trip {b.Click} (n={b.Click.Count}); failed {b.CommandsFailed}{(b.FirstCommandFailure is null ? "" : ", first: " + b.FirstCommandFailure)}");
        output.WriteLine(F($"M={b.Meetings}: app RSS {b.Server.RssBeforeMb:F0} -> peak {b.Server.PeakRssMb:F0} MB, CPU {b.Server.CpuCores:F2} cores; load clients {b.LoadCpuCores:F2} cores; load average {b.LoadBefore} before, {b.LoadAfter} after; edit errors {b.EditErrors}{(b.FirstEditError is null ? "" : ", first: " + b.FirstEditError)}"));
    }

    public static void Write(TextWriter output, IReadOnlyList<BoardDayRow> rows)
    {
        output.WriteLine("| M | circuits live/asked | edits seen p50 / p99 ms (BoardRoom) | edits seen p50 / p99 ms (ShareDB) | chair command seen p50 / p99 ms | click round trip p50 / p99 ms | app peak RSS MB | app CPU cores | load clients CPU | load avg before |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            var b = row.BoardRoom;
            output.WriteLine(F($"| {b.Meetings} | {b.CircuitsLiveAtEnd}/{b.CircuitsAsked} | {Pair(b.EditSeen)} | {(row.ShareDb is { } s ? Pair(s.Seen) : "–")} | {Pair(b.CommandSeen)} | {Pair(b.Click)} | {b.Server.PeakRssMb:F0} | {b.Server.CpuCores:F2} | {b.LoadCpuCores:F2} | {b.LoadBefore} |"));
        }
    }

    private static string Pair(LatencySummary s) => s.Count == 0 ? "–" : F($"{s.P50:F1} / {s.P99:F1}");

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
