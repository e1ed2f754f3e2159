using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace BoardRoom.Benchmarks;

/// <summary>
/// The board-day's edit workload against ShareDB: <c>node bench/node/sharedb-board-day.mjs</c> (M documents, 3 typists
/// and 17 viewers each at the same pace), its server in a child process on 127.0.0.1, printing the JSON that
/// <see cref="HubLoadResult.FromShareDb"/> reads.
/// </summary>
internal static class BoardDayShareDb
{
    public static HubLoadResult? Run(string repositoryRoot, BoardDayShape shape, TextWriter output)
    {
        var benchFolder = Path.Combine(repositoryRoot, "bench", "node");
        if (!Directory.Exists(Path.Combine(benchFolder, "node_modules")))
        {
            output.WriteLine("ShareDB half skipped: bench/node/node_modules is missing. Install it with: npm ci --prefix bench/node");
            return null;
        }
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = repositoryRoot,
        };
        start.ArgumentList.Add(Path.Combine(benchFolder, "sharedb-board-day.mjs"));
        foreach (var (name, value) in new[] { ("--docs", shape.Meetings), ("--seconds", shape.Seconds), ("--warmup", shape.WarmUp) })
        {
            start.ArgumentList.Add(name);
            start.ArgumentList.Add(value.ToString(CultureInfo.InvariantCulture));
        }
        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(shape.Seconds + shape.WarmUp + 240)))
            {
                process.Kill(entireProcessTree: true);
                output.WriteLine("ShareDB half failed: node did not finish in time.");
                return null;
            }
            if (process.ExitCode != 0)
            {
                output.WriteLine($"ShareDB half failed (exit {process.ExitCode}): {stderr.Result}");
                return null;
            }
            using var json = JsonDocument.Parse(stdout.Result);
            return HubLoadResult.FromShareDb(json);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            output.WriteLine($"ShareDB half skipped: cannot start node ({ex.Message}).");
            return null;
        }
    }
}
