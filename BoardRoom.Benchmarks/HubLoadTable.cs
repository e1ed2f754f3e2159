using System.Globalization;

namespace BoardRoom.Benchmarks;

/// <summary>The hub-load figures as a Markdown table, one column per run (a missing run prints "-").</summary>
internal static class HubLoadTable
{
    private static readonly (string Metric, Func<HubLoadResult, string> Value)[] Rows =
    [
        ("submit-to-ack p50 / p95 / p99 / max ms", r => r.Ack.ToString()),
        ("seen-by-others p50 / p95 / p99 / max ms", r => r.Seen.ToString()),
        ("latency samples (acks / viewer deliveries)", r => $"{r.Ack.Count:N0} / {r.Seen.Count:N0}"),
        ("edits made / submissions sent (measured)", r => $"{r.Edits:N0} / {r.Submissions:N0}"),
        ("ops/s sustained (acknowledged)", r => F(r.OpsPerSecond)),
        ("messages/s delivered (ops + acks)", r => F(r.MessagesPerSecond, 0)),
        ("server RSS before load MB", r => PerServer(r, s => F(s.RssBeforeMb), "; ")),
        ("server peak RSS MB (sampled / VmHWM)", r => PerServer(r, s => $"{F(s.PeakRssMb)} / {F(s.VmHwmMb)}", "; ")),
        ("final revision / length", r => $"{r.FinalRevision:N0} / {r.FinalLength:N0}"),
        ("converged (all replicas = fresh join)", r => r.Converged ? "yes" : $"NO ({r.Differing} differ)"),
        ("CPU cores used while measuring: server / load clients", r => Cpu(r)),
        ("errors", r => r.Errors.ToString(CultureInfo.InvariantCulture)),
    ];

    public static void Write(TextWriter output, IReadOnlyList<(string Heading, HubLoadResult? Result)> columns)
    {
        output.WriteLine($"| metric | {string.Join(" | ", columns.Select(c => c.Heading))} |");
        output.WriteLine($"|---|{string.Concat(columns.Select(_ => "---:|"))}");
        foreach (var (metric, value) in Rows)
        {
            output.WriteLine($"| {metric} | {string.Join(" | ", columns.Select(c => c.Result is null ? "-" : value(c.Result)))} |");
        }
    }

    /// <summary>One server's figure alone; several as "A x; B y; Redis z".</summary>
    private static string PerServer(HubLoadResult r, Func<ServerFigures, string> value, string separator) =>
        r.Servers.Count == 1 ? value(r.Servers[0]) : string.Join(separator, r.Servers.Select(s => $"{s.Name} {value(s)}"));

    private static string Cpu(HubLoadResult r)
    {
        var servers = PerServer(r, s => s.CpuCores.ToString("F2", CultureInfo.InvariantCulture), " + ");
        var total = r.Servers.Count == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $" = {r.Servers.Sum(s => s.CpuCores):F2}");
        return string.Create(CultureInfo.InvariantCulture, $"{servers}{total} / {r.LoadCpuCores:F2}");
    }

    private static string F(double value, int decimals = 1) => value.ToString(decimals == 0 ? "N0" : "N1", CultureInfo.InvariantCulture);
}
