using System.IO.Compression;
using System.Text.Json;

namespace BoardRoom.Benchmarks;

/// <summary>
/// A sequential editing trace (josephg/editing-traces, CC BY 4.0) flattened to patches: delete
/// <see cref="Deletes"/>[i] characters at <see cref="Positions"/>[i], then insert <see cref="Inserts"/>[i] there.
/// </summary>
public sealed class OtTrace
{
    private OtTrace(string path, string startContent, string endContent, int[] positions, int[] deletes, string[] inserts)
    {
        Path = path;
        StartContent = startContent;
        EndContent = endContent;
        Positions = positions;
        Deletes = deletes;
        Inserts = inserts;
    }

    public string Path { get; }

    public string StartContent { get; }

    public string EndContent { get; }

    public int[] Positions { get; }

    public int[] Deletes { get; }

    public string[] Inserts { get; }

    public int Count => Positions.Length;

    /// <summary>The trace ../shared/data/editing-traces/<paramref name="name"/>.json.gz beside the repository.</summary>
    public static OtTrace Load(string repositoryRoot, string name)
    {
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(repositoryRoot, "..", "shared", "data", "editing-traces", name + ".json.gz"));
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var json = JsonDocument.Parse(gzip);
        var root = json.RootElement;
        var positions = new List<int>();
        var deletes = new List<int>();
        var inserts = new List<string>();
        foreach (var txn in root.GetProperty("txns").EnumerateArray())
        {
            foreach (var patch in txn.GetProperty("patches").EnumerateArray())
            {
                positions.Add(patch[0].GetInt32());
                deletes.Add(patch[1].GetInt32());
                inserts.Add(patch[2].GetString()!);
            }
        }
        return new OtTrace(
            path,
            root.TryGetProperty("startContent", out var start) ? start.GetString()! : string.Empty,
            root.GetProperty("endContent").GetString()!,
            [.. positions],
            [.. deletes],
            [.. inserts]);
    }
}
