namespace BoardRoom.Benchmarks;

/// <summary>Starts the app for a benchmark run (<see cref="AppProcess"/>), with the diagnosis knobs of <c>BOARDROOM_APP_ENV</c>.</summary>
public static class BenchmarkApp
{
    /// <summary>
    /// <paramref name="port"/> 0 lets the system choose; a restarted node passes its old one. <paramref name="settings"/>
    /// are environment variables added to the app's (e.g. <c>ConnectionStrings__Redis</c>).
    /// </summary>
    public static Task<AppProcess> StartAsync(string dll, string dataDirectory, int port = 0, IReadOnlyDictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string>(settings ?? new Dictionary<string, string>());
        // Diagnosis only: BOARDROOM_APP_ENV="K=V;K2=V2" passes runtime knobs to the app process and not to the load clients.
        foreach (var pair in (Environment.GetEnvironmentVariable("BOARDROOM_APP_ENV") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at > 0)
            {
                environment[pair[..at]] = pair[(at + 1)..];
            }
        }
        // Generous: on a saturated machine a restart has taken 80 s (docs/benchmarks.md, chaos across two nodes).
        return AppProcess.StartAsync(dll, dataDirectory, port, environment, TimeSpan.FromSeconds(180));
    }
}
