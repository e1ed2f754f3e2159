namespace BoardRoom.Core.Minutes.Ot;

/// <summary>
/// The server's mutable copy of a minutes section's text. A gap buffer: edits move the gap to the edit point and
/// fill or widen it, so a keystroke costs the distance from the previous edit rather than a copy of the whole text.
/// Every edit is checked first and either applies entirely or throws <see cref="OperationRejectedException"/> and
/// changes nothing. Not thread-safe: the owning sequencer serialises access.
/// </summary>
public sealed class MinutesText : ITextView
{
    private const int MinimumGap = 64;

    private char[] _buffer;
    private int _gapStart;
    private int _gapEnd;

    public MinutesText()
        : this(string.Empty)
    {
    }

    public MinutesText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _buffer = new char[text.Length + Math.Max(MinimumGap, text.Length / 4)];
        text.CopyTo(0, _buffer, 0, text.Length);
        _gapStart = text.Length;
        _gapEnd = _buffer.Length;
    }

    public int Length => _buffer.Length - (_gapEnd - _gapStart);

    public char this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }
            return index < _gapStart ? _buffer[index] : _buffer[index + (_gapEnd - _gapStart)];
        }
    }

    /// <summary>Applies <paramref name="operation"/>, which must span exactly this text.</summary>
    public void Apply(TextOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        operation.ValidateAgainst(this);
        var growth = operation.TargetLength - operation.BaseLength;
        if (growth > 0)
        {
            EnsureGap(growth);
        }
        var position = 0;
        foreach (var c in operation.ComponentSpan)
        {
            switch (c.Kind)
            {
                case OpComponentKind.Retain:
                    position += c.Length;
                    break;
                case OpComponentKind.Insert:
                    InsertAt(position, c.Text);
                    position += c.Length;
                    break;
                default:
                    MoveGap(position);
                    _gapEnd += c.Length;
                    break;
            }
        }
    }

    /// <summary>
    /// The positional fast path: deletes <paramref name="deleteCount"/> characters at <paramref name="position"/>
    /// and inserts <paramref name="text"/> there, without building an operation.
    /// </summary>
    public void ApplyEdit(int position, int deleteCount, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var length = Length;
        if (position < 0 || deleteCount < 0 || position > length || deleteCount > length - position)
        {
            throw new OperationRejectedException(
                OperationRejectionReason.OutOfRange,
                $"Edit at {position} deleting {deleteCount} does not fit a text of {length} characters.");
        }
        Utf16.EnsureNoLoneSurrogate(text);
        if (Utf16.SplitsPair(this, position) || Utf16.SplitsPair(this, position + deleteCount))
        {
            throw new OperationRejectedException(
                OperationRejectionReason.SplitsSurrogatePair,
                $"Edit at {position} deleting {deleteCount} cuts a surrogate pair of the text.");
        }
        if (deleteCount > 0)
        {
            MoveGap(position);
            _gapEnd += deleteCount;
        }
        if (text.Length > 0)
        {
            EnsureGap(text.Length);
            InsertAt(position, text);
        }
    }

    /// <summary>Copies <paramref name="length"/> characters starting at <paramref name="start"/>.</summary>
    public string Substring(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, Length - length);
        return string.Create(length, (this, start), static (span, state) => state.Item1.CopyTo(state.start, span));
    }

    public override string ToString() => Substring(0, Length);

    private void CopyTo(int start, Span<char> destination)
    {
        var end = start + destination.Length;
        var gap = _gapEnd - _gapStart;
        var beforeGap = Math.Max(0, Math.Min(end, _gapStart) - start);
        _buffer.AsSpan(start, beforeGap).CopyTo(destination);
        var afterStart = Math.Max(start, _gapStart);
        if (end > afterStart)
        {
            _buffer.AsSpan(afterStart + gap, end - afterStart).CopyTo(destination[beforeGap..]);
        }
    }

    private void InsertAt(int position, string text)
    {
        MoveGap(position);
        if (_gapEnd - _gapStart < text.Length)
        {
            EnsureGap(text.Length);
        }
        text.CopyTo(0, _buffer, _gapStart, text.Length);
        _gapStart += text.Length;
    }

    private void MoveGap(int position)
    {
        if (position == _gapStart)
        {
            return;
        }
        var gap = _gapEnd - _gapStart;
        if (position < _gapStart)
        {
            var count = _gapStart - position;
            Array.Copy(_buffer, position, _buffer, _gapEnd - count, count);
        }
        else
        {
            var count = position - _gapStart;
            Array.Copy(_buffer, _gapEnd, _buffer, _gapStart, count);
        }
        _gapStart = position;
        _gapEnd = position + gap;
    }

    private void EnsureGap(int needed)
    {
        var gap = _gapEnd - _gapStart;
        if (gap >= needed)
        {
            return;
        }
        var length = Length;
        var newSize = Math.Max(_buffer.Length * 2, length + needed + MinimumGap);
        var newBuffer = new char[newSize];
        var afterGap = _buffer.Length - _gapEnd;
        Array.Copy(_buffer, 0, newBuffer, 0, _gapStart);
        Array.Copy(_buffer, _gapEnd, newBuffer, newSize - afterGap, afterGap);
        _buffer = newBuffer;
        _gapEnd = newSize - afterGap;
    }
}
