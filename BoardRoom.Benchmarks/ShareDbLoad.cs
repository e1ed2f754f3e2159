using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace BoardRoom.Benchmarks;

/// <summary>
/// A benchmark's workload against ShareDB: a script in <c>bench/node</c> (<c>sharedb-load.mjs</c> for hub-load,
/// <c>sharedb-board-day.mjs</c> for board-day), its server in a child process on 127.0.0.1 and the clients in the
/// parent, printing the JSON that <see cref="HubLoadResult.FromShareDb"/> reads.
/// </summary>
internal static class ShareDbLoad
{
    /// <summary>The hub-load workload: one document, <paramref name="editors"/> editors and <paramref name="viewers"/> viewers.</summary>
    public static HubLoadResult? Run(string repositoryRoot, int seconds, int warmUp, int editors, int viewers, TextWriter output) =>
        Run(repositoryRoot, "sharedb-load.mjs", seconds, warmUp, [("--editors", editors), ("--viewers", viewers)], output);

    /// <summary>
    /// Runs <paramref name="script"/> with <c>--seconds</c>, <c>--warmup</c> and <paramref name="options"/>; null (and a
    /// line saying why) when it cannot run or fails.
    /// </summary>
    public static HubLoadResult? Run(string repositoryRoot, string script, int seconds, int warmUp, IEnumerable<(string Name, int Value)> options,
        TextWriter output)
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
        start.ArgumentList.Add(Path.Combine(benchFolder, script));
        foreach (var (name, value) in options.Prepend(("--warmup", warmUp)).Prepend(("--seconds", seconds)))
        {
            start.ArgumentList.Add(name);
            start.ArgumentList.Add(value.ToString(CultureInfo.InvariantCulture));
        }
        try
        {
            output.WriteLine($"running node bench/node/{script} --seconds {seconds} (same workload against ShareDB)...");
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
            using var json = JsonDocument.Parse(stdout.Result);
            output.WriteLine($"ShareDB: sharedb {json.RootElement.GetProperty("sharedb").GetString()}, node {json.RootElement.GetProperty("node").GetString()}, drained in {json.RootElement.GetProperty("drainMs").GetDouble():F0} ms");
            return HubLoadResult.FromShareDb(json);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            output.WriteLine($"ShareDB comparison skipped: cannot start node ({ex.Message}).");
            return null;
        }
    }
}
