using System.Buffers.Binary;
using System.Text;

namespace BoardRoom.Testing.Circuits;

/// <summary>
/// Reads the binary render batch that the server sends with <c>JS.RenderBatch</c> (the layout of aspnetcore's
/// RenderBatchWriter): updated components with their edits, the reference frames the edits point at (20 bytes each:
/// a type and 16 bytes), disposed component and event handler ids, and the string table. Little-endian throughout;
/// the five offsets are the batch's last 20 bytes.
/// </summary>
public sealed class RenderBatchReader
{
    private const int FrameSize = 20;
    private const int EditSize = 16;
    private readonly byte[] _bytes;
    private readonly int _framesAt;
    private readonly int _stringsAt;
    private string?[]? _strings;

    public RenderBatchReader(byte[] bytes)
    {
        _bytes = bytes;
        var end = bytes.Length - 20;
        UpdatedComponentsAt = Int(end);
        _framesAt = Int(end + 4);
        DisposedComponentsAt = Int(end + 8);
        DisposedEventHandlersAt = Int(end + 12);
        _stringsAt = Int(end + 16);
        StringCount = (end - _stringsAt) / 4;
    }

    private int UpdatedComponentsAt { get; }

    private int DisposedComponentsAt { get; }

    private int DisposedEventHandlersAt { get; }

    public int StringCount { get; }

    public int FrameCount => Int(_framesAt);

    /// <summary>Every string of the batch's table (text, markup, attribute names and values).</summary>
    public IReadOnlyList<string?> Strings => _strings ??= Enumerable.Range(0, StringCount).Select(ReadString).ToArray();

    public bool ContainsString(string value)
    {
        for (var i = 0; i < StringCount; i++)
        {
            if (ReadString(i) == value)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether any string of the batch contains <paramref name="fragment"/> (static markup comes as one markup string).</summary>
    public bool ContainsText(string fragment)
    {
        for (var i = 0; i < StringCount; i++)
        {
            if (ReadString(i)?.Contains(fragment, StringComparison.Ordinal) == true)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The diffs of the batch: each updated component's id and its edits.</summary>
    public IEnumerable<(int ComponentId, IReadOnlyList<RenderTreeEditData> Edits)> Diffs()
    {
        var count = Int(UpdatedComponentsAt);
        for (var d = 0; d < count; d++)
        {
            var at = Int(UpdatedComponentsAt + 4 + (4 * d));
            var componentId = Int(at);
            var editCount = Int(at + 4);
            var edits = new RenderTreeEditData[editCount];
            for (var e = 0; e < editCount; e++)
            {
                var editAt = at + 8 + (EditSize * e);
                edits[e] = new RenderTreeEditData(Int(editAt), Int(editAt + 4), Int(editAt + 8));
            }
            yield return (componentId, edits);
        }
    }

    public FrameData Frame(int index)
    {
        var at = _framesAt + 4 + (FrameSize * index);
        return new FrameData((FrameKind)Int(at), Int(at + 4), Int(at + 8), BinaryPrimitives.ReadUInt64LittleEndian(_bytes.AsSpan(at + 12, 8)));
    }

    public IReadOnlyList<int> DisposedComponentIds => Ints(DisposedComponentsAt);

    public IReadOnlyList<ulong> DisposedEventHandlerIds
    {
        get
        {
            var count = Int(DisposedEventHandlersAt);
            return Enumerable.Range(0, count).Select(i => BinaryPrimitives.ReadUInt64LittleEndian(_bytes.AsSpan(DisposedEventHandlersAt + 4 + (8 * i), 8))).ToList();
        }
    }

    /// <summary>A string table entry: a 7-bit-encoded length and UTF-8 bytes (BinaryWriter.Write(string)); null for index -1.</summary>
    public string? ReadString(int index)
    {
        if (index < 0 || index >= StringCount)
        {
            return null;
        }
        var at = Int(_stringsAt + (4 * index));
        var length = 0;
        var shift = 0;
        byte b;
        do
        {
            b = _bytes[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return Encoding.UTF8.GetString(_bytes, at, length);
    }

    private IReadOnlyList<int> Ints(int at) => Enumerable.Range(0, Int(at)).Select(i => Int(at + 4 + (4 * i))).ToList();

    private int Int(int at) => BinaryPrimitives.ReadInt32LittleEndian(_bytes.AsSpan(at, 4));
}
