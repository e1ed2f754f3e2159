using System.Diagnostics;
using System.Text;

namespace BoardRoom.Testing.Hosting;

/// <summary>
/// Starts a server process of the project's own (the app, the proxy) and waits for the line in which it names the
/// address it listens on, which must be on 127.0.0.1; the first 20,000 characters of its output are kept for the error
/// when it exits or never says.
/// </summary>
public static class ServerProcess
{
    /// <param name="addressAfter">The text its start-up line puts before the address.</param>
    /// <param name="what">What it is, for the error ("The app", "The proxy").</param>
    /// <param name="onLine">Given every line it prints, for as long as it runs (a test keeps them for its failure messages).</param>
    public static async Task<(Process Process, Uri Address)> StartAsync(ProcessStartInfo info, string addressAfter, string what, TimeSpan limit,
        Action<string>? onLine = null)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var log = new StringBuilder();
        var ready = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }
            onLine?.Invoke(line);
            lock (log)
            {
                if (log.Length < 20_000)
                {
                    log.AppendLine(line);
                }
            }
            var at = line.IndexOf(addressAfter, StringComparison.Ordinal);
            if (at >= 0)
            {
                ready.TrySetResult(new Uri(line[(at + addressAfter.Length)..].Trim().Split(' ')[0].TrimEnd('/') + "/"));
            }
        }
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"{what} exited during start-up:\n{Log(log)}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var address = await ready.Task.WaitAsync(limit);
            return address.IsLoopback ? (process, address) : throw new InvalidOperationException($"{what} is listening on {address}, not 127.0.0.1.");
        }
        catch (TimeoutException)
        {
            Stop(process);
            throw new TimeoutException($"{what} did not report its address within {limit.TotalSeconds} s:\n{Log(log)}");
        }
        catch
        {
            Stop(process);
            throw;
        }
    }

    private static string Log(StringBuilder log)
    {
        lock (log)
        {
            return log.ToString();
        }
    }

    /// <summary>Kills the process (and its children) if it still runs, and releases it.</summary>
    public static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        process.Dispose();
    }
}
