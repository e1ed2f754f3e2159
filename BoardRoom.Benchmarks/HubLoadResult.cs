using System.Text.Json;

namespace BoardRoom.Benchmarks;

/// <summary>The figures of one hub-load run (BoardRoom on one or two nodes, or ShareDB), one column of the table.</summary>
internal sealed record HubLoadResult(
    LatencySummary Ack, LatencySummary Seen, long Edits, long Submissions, double OpsPerSecond, double MessagesPerSecond,
    IReadOnlyList<ServerFigures> Servers, long FinalRevision, int FinalLength, bool Converged, int Differing,
    int Errors, string? FirstError, double LoadCpuCores)
{
    /// <summary>The JSON printed by bench/node/sharedb-load.mjs.</summary>
    public static HubLoadResult FromShareDb(JsonDocument json)
    {
        var root = json.RootElement;
        double Number(string name) => root.GetProperty(name) is { ValueKind: JsonValueKind.Number } e ? e.GetDouble() : double.NaN;
        long Whole(string name) => root.GetProperty(name).GetInt64();
        var server = new ServerFigures("ShareDB", Number("serverRssBeforeMb"), Number("serverPeakRssMb"), Number("serverVmHwmMb"), Number("serverCpuCores"));
        return new HubLoadResult(
            LatencySummary.FromJson(root.GetProperty("submitToAckMs")), LatencySummary.FromJson(root.GetProperty("seenByOthersMs")),
            Whole("edits"), Whole("submissions"), Number("opsPerSecond"), Number("messagesPerSecond"), [server],
            Whole("finalRevision"), (int)Whole("finalLength"), root.GetProperty("converged").GetBoolean(), (int)Whole("replicasDiffering"),
            (int)Whole("errorCount"), null, Number("loadCpuCores"));
    }
}
