namespace BoardRoom.Testing.Circuits;

/// <summary>
/// The click handlers of a circuit's page, followed through its render batches as the browser's DOM would follow
/// them: an element rendered with an <c>onclick</c> handler and a <c>data-testid</c> (or <c>data-status</c>, as the
/// attendance buttons have) is remembered under that key, by the component whose diff rendered it; a later
/// <c>SetAttribute</c> of <c>onclick</c> in that component's diff gives the element its new handler id; a disposed
/// component takes its keys with it.
/// </summary>
public sealed class CircuitEventHandlers
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(int ComponentId, string Key), ulong> _handlers = [];

    /// <summary>A current handler id of the element keyed <paramref name="key"/> (<c>data-testid</c>, or <c>status:</c> + <c>data-status</c>).</summary>
    public ulong? Find(string key)
    {
        lock (_lock)
        {
            foreach (var ((_, k), id) in _handlers)
            {
                if (k == key)
                {
                    return id;
                }
            }
            return null;
        }
    }

    /// <summary>Every current handler id of elements whose key starts with <paramref name="prefix"/>.</summary>
    public IReadOnlyList<ulong> FindAll(string prefix)
    {
        lock (_lock)
        {
            return _handlers.Where(h => h.Key.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(h => h.Value).ToList();
        }
    }

    public void Apply(RenderBatchReader batch)
    {
        lock (_lock)
        {
            foreach (var (componentId, edits) in batch.Diffs())
            {
                foreach (var edit in edits)
                {
                    if (edit.Type == RenderTreeEditData.PrependFrame)
                    {
                        ReadSubtree(batch, componentId, edit.ReferenceFrameIndex);
                    }
                    else if (edit.Type == RenderTreeEditData.SetAttribute)
                    {
                        var frame = batch.Frame(edit.ReferenceFrameIndex);
                        if (frame.EventHandlerId != 0 && batch.ReadString(frame.A) == "onclick")
                        {
                            foreach (var key in _handlers.Keys.Where(k => k.ComponentId == componentId).ToList())
                            {
                                _handlers[key] = frame.EventHandlerId;
                            }
                        }
                    }
                }
            }
            foreach (var disposed in batch.DisposedComponentIds)
            {
                foreach (var key in _handlers.Keys.Where(k => k.ComponentId == disposed).ToList())
                {
                    _handlers.Remove(key);
                }
            }
        }
    }

    /// <summary>Walks the frames an inserted frame spans; each element's attributes follow it directly.</summary>
    private void ReadSubtree(RenderBatchReader batch, int componentId, int first)
    {
        var root = batch.Frame(first);
        var end = first + (root.Kind is FrameKind.Element or FrameKind.Region ? Math.Max(1, root.A) : 1);
        end = Math.Min(end, batch.FrameCount);
        for (var i = first; i < end; i++)
        {
            if (batch.Frame(i).Kind != FrameKind.Element)
            {
                continue;
            }
            string? key = null;
            ulong handler = 0;
            for (var a = i + 1; a < end && batch.Frame(a) is { Kind: FrameKind.Attribute } attribute; a++)
            {
                switch (batch.ReadString(attribute.A))
                {
                    case "data-testid":
                        key ??= batch.ReadString(attribute.B);
                        break;
                    case "data-status":
                        key = "status:" + batch.ReadString(attribute.B);
                        break;
                    case "onclick" when attribute.EventHandlerId != 0:
                        handler = attribute.EventHandlerId;
                        break;
                }
            }
            if (key is not null && handler != 0)
            {
                _handlers[(componentId, key)] = handler;
            }
        }
    }
}
