namespace BoardRoom.Core.Minutes.Ot;

/// <summary>
/// Builds a normalised <see cref="TextOperation"/>: adjacent components of one kind are merged, an insert next to a
/// delete is placed before it, and zero-length components are dropped. The operation must end up spanning the
/// whole document, so finish with a retain of whatever is left.
/// </summary>
public sealed class TextOperationBuilder
{
    private readonly List<OpComponent> _components;
    private int _baseLength;
    private int _targetLength;

    public TextOperationBuilder()
        : this(4)
    {
    }

    internal TextOperationBuilder(int capacity)
    {
        _components = new List<OpComponent>(capacity);
    }

    public int BaseLength => _baseLength;

    public int TargetLength => _targetLength;

    public TextOperationBuilder Retain(int count)
    {
        EnsureNotNegative(count, nameof(Retain));
        RetainUnchecked(count);
        return this;
    }

    public TextOperationBuilder Insert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Utf16.EnsureNoLoneSurrogate(text);
        InsertUnchecked(text);
        return this;
    }

    public TextOperationBuilder Delete(int count)
    {
        EnsureNotNegative(count, nameof(Delete));
        DeleteUnchecked(count);
        return this;
    }

    public TextOperation Build() => new(_components.ToArray(), _baseLength, _targetLength);

    internal void RetainUnchecked(int count)
    {
        if (count == 0)
        {
            return;
        }
        _baseLength = checked(_baseLength + count);
        _targetLength = checked(_targetLength + count);
        var last = _components.Count - 1;
        if (last >= 0 && _components[last].IsRetain)
        {
            _components[last] = OpComponent.Retain(_components[last].Length + count);
        }
        else
        {
            _components.Add(OpComponent.Retain(count));
        }
    }

    internal void InsertUnchecked(string text)
    {
        if (text.Length == 0)
        {
            return;
        }
        _targetLength = checked(_targetLength + text.Length);
        var last = _components.Count - 1;
        if (last >= 0 && _components[last].IsInsert)
        {
            _components[last] = OpComponent.Insert(_components[last].Text + text);
        }
        else if (last >= 0 && _components[last].IsDelete)
        {
            // Insert-then-delete and delete-then-insert mean the same edit; keeping one order makes equal edits equal ops.
            if (last >= 1 && _components[last - 1].IsInsert)
            {
                _components[last - 1] = OpComponent.Insert(_components[last - 1].Text + text);
            }
            else
            {
                _components.Insert(last, OpComponent.Insert(text));
            }
        }
        else
        {
            _components.Add(OpComponent.Insert(text));
        }
    }

    internal void DeleteUnchecked(int count)
    {
        if (count == 0)
        {
            return;
        }
        _baseLength = checked(_baseLength + count);
        var last = _components.Count - 1;
        if (last >= 0 && _components[last].IsDelete)
        {
            _components[last] = OpComponent.Delete(_components[last].Length + count);
        }
        else
        {
            _components.Add(OpComponent.Delete(count));
        }
    }

    private static void EnsureNotNegative(int count, string what)
    {
        if (count < 0)
        {
            throw new OperationRejectedException(OperationRejectionReason.InvalidLength, $"{what} of a negative count ({count}).");
        }
    }
}
