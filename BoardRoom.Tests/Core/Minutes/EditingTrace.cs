using System.IO.Compression;
using System.Text.Json;
using BoardRoom.Tests.Support;

namespace BoardRoom.Tests.Core.Minutes;

/// <summary>
/// A recorded editing session from ../shared/data/editing-traces (josephg/editing-traces, CC BY 4.0: automerge-paper
/// by Martin Kleppmann and Alastair Beresford; rustcode, sveltecomponent, friendsforever by Joseph Gentle).
/// </summary>
internal sealed record EditingTrace(string StartContent, string EndContent, int NumAgents, IReadOnlyList<EditingTrace.Txn> Txns)
{
    public static EditingTrace Load(string name)
    {
        using var file = File.OpenRead(RepositoryPaths.EditingTrace(name + ".json.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var json = JsonDocument.Parse(gzip);
        var root = json.RootElement;
        var txns = new List<Txn>();
        foreach (var t in root.GetProperty("txns").EnumerateArray())
        {
            var patches = t.GetProperty("patches").EnumerateArray()
                .Select(p => new Patch(p[0].GetInt32(), p[1].GetInt32(), p[2].GetString()!))
                .ToArray();
            var parents = t.TryGetProperty("parents", out var ps) ? ps.EnumerateArray().Select(p => p.GetInt32()).ToArray() : [];
            var agent = t.TryGetProperty("agent", out var a) ? a.GetInt32() : 0;
            txns.Add(new Txn(parents, agent, patches));
        }
        return new EditingTrace(
            root.TryGetProperty("startContent", out var start) ? start.GetString()! : string.Empty,
            root.GetProperty("endContent").GetString()!,
            root.TryGetProperty("numAgents", out var n) ? n.GetInt32() : 1,
            txns);
    }

    /// <summary>Delete <see cref="Delete"/> characters at <see cref="Position"/>, then insert <see cref="Insert"/> there.</summary>
    internal sealed record Patch(int Position, int Delete, string Insert);

    internal sealed record Txn(int[] Parents, int Agent, Patch[] Patches);
}
