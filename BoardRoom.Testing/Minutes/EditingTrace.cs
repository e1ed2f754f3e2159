using System.IO.Compression;
using System.Text.Json;

namespace BoardRoom.Testing.Minutes;

/// <summary>
/// A recorded editing session from ../shared/data/editing-traces (josephg/editing-traces, CC BY 4.0: automerge-paper
/// by Martin Kleppmann and Alastair Beresford; rustcode, sveltecomponent, friendsforever by Joseph Gentle).
/// </summary>
public sealed record EditingTrace(string StartContent, string EndContent, int NumAgents, IReadOnlyList<EditingTrace.Txn> Txns)
{
    /// <summary>The file of the trace <paramref name="name"/> (<c>automerge-paper</c>): <c>name.json.gz</c>.</summary>
    public static string PathOf(string name) => RepositoryPaths.EditingTrace(name + ".json.gz");

    public static EditingTrace Load(string name)
    {
        using var file = File.OpenRead(PathOf(name));
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

    /// <summary>Every patch of a sequential trace, in order: applied one after another they turn StartContent into EndContent.</summary>
    public Patch[] Patches() => [.. Txns.SelectMany(t => t.Patches)];

    /// <summary>Delete <see cref="Delete"/> characters at <see cref="Position"/>, then insert <see cref="Insert"/> there.</summary>
    public sealed record Patch(int Position, int Delete, string Insert);

    public sealed record Txn(int[] Parents, int Agent, Patch[] Patches);
}
