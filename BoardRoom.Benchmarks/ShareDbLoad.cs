using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace BoardRoom.Benchmarks;

/// <summary>
/// The hub-load workload against ShareDB: <c>node bench/node/sharedb-load.mjs</c>, its server in a child process on
/// 127.0.0.1 and the same clients in the parent, printing JSON.
/// </summary>
internal static class ShareDbLoad
{
    /// <summary>Runs the same workload against ShareDB; null (and a line saying why) when it cannot run or fails.</summary>
    public static HubLoadResult? Run(string repositoryRoot, int seconds, int warmUp, int editors, int viewers, TextWriter output)
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
