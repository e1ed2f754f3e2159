using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BoardRoom.Core.Minutes.Ot;

/// <summary>
/// An immutable, normalised edit of a whole plain-text document, in the model of ot.js: a sequence of retain, insert
/// and delete components that walks the document from start to end. Positions and lengths count UTF-16 code units
/// (as JavaScript strings and CodeMirror do); an operation may never cut a surrogate pair in two.
/// </summary>
/// <remarks>
/// Wire format (shared with wwwroot-assets/src/ot/text-operation.js): a JSON array in which a positive integer is a
/// retain, a non-empty string an insert and a negative integer a delete, e.g. <c>[5,"abc",-2,3]</c>.
/// </remarks>
[JsonConverter(typeof(TextOperationJsonConverter))]
public sealed class TextOperation : IEquatable<TextOperation>
{
    private readonly OpComponent[] _components;
    private IReadOnlyList<OpComponent>? _readOnlyComponents;

    internal TextOperation(OpComponent[] components, int baseLength, int targetLength)
    {
        _components = components;
        BaseLength = baseLength;
        TargetLength = targetLength;
    }

    public IReadOnlyList<OpComponent> Components => _readOnlyComponents ??= Array.AsReadOnly(_components);

    internal ReadOnlySpan<OpComponent> ComponentSpan => _components;

    /// <summary>Length of the document the operation applies to.</summary>
    public int BaseLength { get; }

    /// <summary>Length of the document after the operation.</summary>
    public int TargetLength { get; }

    /// <summary>True when applying the operation changes nothing.</summary>
    public bool IsIdentity => _components.All(c => c.IsRetain);

    /// <summary>The operation that keeps a document of <paramref name="length"/> characters as it is.</summary>
    public static TextOperation Identity(int length)
    {
        if (length < 0)
        {
            throw new OperationRejectedException(OperationRejectionReason.InvalidLength, $"A document cannot have length {length}.");
        }
        return length == 0 ? new TextOperation([], 0, 0) : new TextOperation([OpComponent.Retain(length)], length, length);
    }

    /// <summary>Inserts <paramref name="text"/> at <paramref name="position"/> of a document of <paramref name="documentLength"/> characters.</summary>
    public static TextOperation Insert(int documentLength, int position, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            throw new OperationRejectedException(OperationRejectionReason.InvalidLength, "An insert needs at least one character.");
        }
        return Replace(documentLength, position, 0, text);
    }

    /// <summary>Deletes <paramref name="count"/> characters at <paramref name="position"/>.</summary>
    public static TextOperation Delete(int documentLength, int position, int count)
    {
        if (count <= 0)
        {
            throw new OperationRejectedException(OperationRejectionReason.InvalidLength, $"A delete needs a positive count, not {count}.");
        }
        return Replace(documentLength, position, count, string.Empty);
    }

    /// <summary>Deletes <paramref name="deleteCount"/> characters at <paramref name="position"/> and inserts <paramref name="text"/> there.</summary>
    public static TextOperation Replace(int documentLength, int position, int deleteCount, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (documentLength < 0 || deleteCount < 0)
        {
            throw new OperationRejectedException(OperationRejectionReason.InvalidLength, $"Negative length (document {documentLength}, delete {deleteCount}).");
        }
        if (position < 0 || position > documentLength || deleteCount > documentLength - position)
        {
            throw new OperationRejectedException(
                OperationRejectionReason.OutOfRange,
                $"Edit at {position} deleting {deleteCount} does not fit a document of {documentLength} characters.");
        }
        Utf16.EnsureNoLoneSurrogate(text);
        if (deleteCount == 0 && text.Length == 0)
        {
            return Identity(documentLength);
        }
        // Built directly rather than through the builder: this runs once per keystroke on the server.
        var tail = documentLength - position - deleteCount;
        var components = new OpComponent[(position > 0 ? 1 : 0) + (text.Length > 0 ? 1 : 0) + (deleteCount > 0 ? 1 : 0) + (tail > 0 ? 1 : 0)];
        var i = 0;
        if (position > 0)
        {
            components[i++] = OpComponent.Retain(position);
        }
        if (text.Length > 0)
        {
            components[i++] = OpComponent.Insert(text);
        }
        if (deleteCount > 0)
        {
            components[i++] = OpComponent.Delete(deleteCount);
        }
        if (tail > 0)
        {
            components[i] = OpComponent.Retain(tail);
        }
        return new TextOperation(components, documentLength, documentLength - deleteCount + text.Length);
    }

    /// <summary>Reads the ot.js wire format. Adjacent components are normalised; anything else is rejected.</summary>
    public static TextOperation Parse(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Array)
        {
            throw new OperationRejectedException(OperationRejectionReason.Malformed, $"An operation is a JSON array, not {json.ValueKind}.");
        }
        var builder = new TextOperationBuilder(json.GetArrayLength());
        var index = 0;
        foreach (var item in json.EnumerateArray())
        {
            try
            {
                ParseComponent(builder, item, index);
            }
            catch (OverflowException ex)
            {
                // The JavaScript twin, whose numbers do not overflow, checks the same bound explicitly.
                throw new OperationRejectedException(OperationRejectionReason.Malformed, $"The operation spans more than {int.MaxValue} characters.", ex);
            }
            index++;
        }
        return builder.Build();
    }

    private static void ParseComponent(TextOperationBuilder builder, JsonElement item, int index)
    {
        switch (item.ValueKind)
        {
            case JsonValueKind.Number:
                // Integral doubles (1.0, 1e3) are accepted because JavaScript's JSON.parse cannot tell them from 1 and 1000.
                if (!item.TryGetDouble(out var value) || value != Math.Floor(value) || Math.Abs(value) > int.MaxValue)
                {
                    throw new OperationRejectedException(OperationRejectionReason.Malformed, $"Component {index} ({item.GetRawText()}) is not a 32-bit integer.");
                }
                var n = (int)value;
                if (n == 0)
                {
                    throw new OperationRejectedException(OperationRejectionReason.InvalidLength, $"Component {index} is 0: retains and deletes need a non-zero count.");
                }
                if (n > 0)
                {
                    builder.RetainUnchecked(n);
                }
                else
                {
                    builder.DeleteUnchecked(-n);
                }
                break;
            case JsonValueKind.String:
                string text;
                try
                {
                    text = item.GetString()!;
                }
                catch (InvalidOperationException ex)
                {
                    // System.Text.Json refuses to unescape a lone "\uD83D" into a .NET string.
                    throw new OperationRejectedException(OperationRejectionReason.LoneSurrogate, $"Component {index} has an unpaired surrogate.", ex);
                }
                if (text.Length == 0)
                {
                    throw new OperationRejectedException(OperationRejectionReason.InvalidLength, $"Component {index} is an empty insert.");
                }
                Utf16.EnsureNoLoneSurrogate(text);
                builder.InsertUnchecked(text);
                break;
            default:
                throw new OperationRejectedException(OperationRejectionReason.Malformed, $"Component {index} is a {item.ValueKind}, not an integer or a string.");
        }
    }

    /// <summary>Reads the ot.js wire format from JSON text.</summary>
    public static TextOperation Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new OperationRejectedException(OperationRejectionReason.Malformed, "Not valid JSON: " + ex.Message, ex);
        }
        using (document)
        {
            return Parse(document.RootElement);
        }
    }

    /// <summary>Writes the ot.js wire format.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var c in _components)
        {
            switch (c.Kind)
            {
                case OpComponentKind.Retain:
                    writer.WriteNumberValue(c.Length);
                    break;
                case OpComponentKind.Insert:
                    writer.WriteStringValue(c.Text);
                    break;
                default:
                    writer.WriteNumberValue(-c.Length);
                    break;
            }
        }
        writer.WriteEndArray();
    }

    /// <summary>The ot.js wire format as JSON text, e.g. <c>[5,"abc",-2,3]</c>.</summary>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>(16 + 4 * _components.Length);
        // Relaxed escaping keeps accented text readable in the stored log; this JSON is never inlined into HTML.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteTo(writer);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Checks that the operation fits <paramref name="document"/> (length, surrogate pairs) without applying it.</summary>
    public void Validate(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ValidateAgainst(new StringView(document));
    }

    /// <summary>Applies the operation to <paramref name="document"/>; rejects it if it does not fit.</summary>
    public string Apply(string document)
    {
        Validate(document);
        var result = new StringBuilder(TargetLength);
        var position = 0;
        foreach (var c in _components)
        {
            switch (c.Kind)
            {
                case OpComponentKind.Retain:
                    result.Append(document, position, c.Length);
                    position += c.Length;
                    break;
                case OpComponentKind.Insert:
                    result.Append(c.Text);
                    break;
                default:
                    position += c.Length;
                    break;
            }
        }
        return result.ToString();
    }

    /// <summary>
    /// One operation with the effect of <paramref name="first"/> followed by <paramref name="second"/>
    /// (<c>Compose(a, b).Apply(d) == b.Apply(a.Apply(d))</c>).
    /// </summary>
    public static TextOperation Compose(TextOperation first, TextOperation second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.TargetLength != second.BaseLength)
        {
            throw new OperationRejectedException(
                OperationRejectionReason.BaseLengthMismatch,
                $"Cannot compose: the first operation leaves {first.TargetLength} characters, the second expects {second.BaseLength}.");
        }
        var result = new TextOperationBuilder(first._components.Length + second._components.Length);
        var a = new ComponentCursor(first._components);
        var b = new ComponentCursor(second._components);
        while (a.HasCurrent || b.HasCurrent)
        {
            // What the first deletes, the second never sees; what the second inserts, the first never had.
            if (a.HasCurrent && a.Kind == OpComponentKind.Delete)
            {
                result.DeleteUnchecked(a.TakeCount(a.Remaining));
                continue;
            }
            if (b.HasCurrent && b.Kind == OpComponentKind.Insert)
            {
                result.InsertUnchecked(b.TakeText(b.Remaining));
                continue;
            }
            var n = Math.Min(a.Remaining, b.Remaining);
            switch (a.Kind, b.Kind)
            {
                case (OpComponentKind.Retain, OpComponentKind.Retain):
                    result.RetainUnchecked(n);
                    a.TakeCount(n);
                    b.TakeCount(n);
                    break;
                case (OpComponentKind.Retain, OpComponentKind.Delete):
                    result.DeleteUnchecked(n);
                    a.TakeCount(n);
                    b.TakeCount(n);
                    break;
                case (OpComponentKind.Insert, OpComponentKind.Retain):
                    result.InsertUnchecked(a.TakeText(n));
                    b.TakeCount(n);
                    break;
                default: // insert then delete of the same characters: nothing remains
                    a.TakeCount(n);
                    b.TakeCount(n);
                    break;
            }
        }
        return result.Build();
    }

    /// <summary>
    /// Transforms two operations made concurrently on the same document so that each can follow the other:
    /// <c>Compose(left, rightPrime) == Compose(right, leftPrime)</c>. When both insert at the same position,
    /// <paramref name="left"/>'s text goes first; the server passes the already-sequenced operation as left, so the
    /// earlier revision wins, and clients do the same with the server's operation on the left.
    /// </summary>
    public static (TextOperation LeftPrime, TextOperation RightPrime) Transform(TextOperation left, TextOperation right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.BaseLength != right.BaseLength)
        {
            throw new OperationRejectedException(
                OperationRejectionReason.BaseLengthMismatch,
                $"Cannot transform operations on documents of {left.BaseLength} and {right.BaseLength} characters.");
        }
        var capacity = left._components.Length + right._components.Length;
        var leftPrime = new TextOperationBuilder(capacity);
        var rightPrime = new TextOperationBuilder(capacity);
        var a = new ComponentCursor(left._components);
        var b = new ComponentCursor(right._components);
        while (a.HasCurrent || b.HasCurrent)
        {
            if (a.HasCurrent && a.Kind == OpComponentKind.Insert)
            {
                var text = a.TakeText(a.Remaining);
                leftPrime.InsertUnchecked(text);
                rightPrime.RetainUnchecked(text.Length);
                continue;
            }
            if (b.HasCurrent && b.Kind == OpComponentKind.Insert)
            {
                var text = b.TakeText(b.Remaining);
                leftPrime.RetainUnchecked(text.Length);
                rightPrime.InsertUnchecked(text);
                continue;
            }
            var n = Math.Min(a.Remaining, b.Remaining);
            switch (a.Kind, b.Kind)
            {
                case (OpComponentKind.Retain, OpComponentKind.Retain):
                    leftPrime.RetainUnchecked(n);
                    rightPrime.RetainUnchecked(n);
                    break;
                case (OpComponentKind.Delete, OpComponentKind.Retain):
                    leftPrime.DeleteUnchecked(n);
                    break;
                case (OpComponentKind.Retain, OpComponentKind.Delete):
                    rightPrime.DeleteUnchecked(n);
                    break;
                default: // both deleted the same characters
                    break;
            }
            a.TakeCount(n);
            b.TakeCount(n);
        }
        return (leftPrime.Build(), rightPrime.Build());
    }

    /// <summary>
    /// Where a caret at <paramref name="index"/> of the base document ends up after the operation. A caret inside a
    /// deleted range moves to its start. Text inserted exactly at the caret by someone else stays after the caret
    /// (the caret does not jump over another member's typing); text inserted there by the caret's owner
    /// (<paramref name="isOwnOperation"/>) puts the caret after it, as when typing. Out-of-range indexes are clamped.
    /// </summary>
    public int TransformIndex(int index, bool isOwnOperation = false)
    {
        index = Math.Clamp(index, 0, BaseLength);
        var result = index;
        var position = 0;
        foreach (var c in _components)
        {
            if (position > index)
            {
                break;
            }
            switch (c.Kind)
            {
                case OpComponentKind.Retain:
                    position += c.Length;
                    break;
                case OpComponentKind.Insert:
                    if (position < index || isOwnOperation)
                    {
                        result += c.Length;
                    }
                    break;
                default:
                    if (position < index)
                    {
                        result -= Math.Min(c.Length, index - position);
                    }
                    position += c.Length;
                    break;
            }
        }
        return result;
    }

    /// <summary>Transforms both ends of a selection with <see cref="TransformIndex"/>.</summary>
    public (int Anchor, int Head) TransformSelection(int anchor, int head, bool isOwnOperation = false)
        => (TransformIndex(anchor, isOwnOperation), TransformIndex(head, isOwnOperation));

    /// <summary>The operation that undoes this one, given the document it was applied to.</summary>
    public TextOperation Invert(string document)
    {
        Validate(document);
        var result = new TextOperationBuilder(_components.Length);
        var position = 0;
        foreach (var c in _components)
        {
            switch (c.Kind)
            {
                case OpComponentKind.Retain:
                    result.RetainUnchecked(c.Length);
                    position += c.Length;
                    break;
                case OpComponentKind.Insert:
                    result.DeleteUnchecked(c.Length);
                    break;
                default:
                    result.InsertUnchecked(document.Substring(position, c.Length));
                    position += c.Length;
                    break;
            }
        }
        return result.Build();
    }

    internal void ValidateAgainst<TText>(TText text)
        where TText : ITextView
    {
        if (text.Length != BaseLength)
        {
            throw new OperationRejectedException(
                OperationRejectionReason.BaseLengthMismatch,
                $"The operation expects a document of {BaseLength} characters; it has {text.Length}.");
        }
        var position = 0;
        foreach (var c in _components)
        {
            // Every component starts at a cut of the document; a cut inside a surrogate pair would corrupt it.
            if (Utf16.SplitsPair(text, position))
            {
                throw new OperationRejectedException(
                    OperationRejectionReason.SplitsSurrogatePair,
                    $"The operation cuts the surrogate pair at {position - 1}..{position} of the document.");
            }
            if (!c.IsInsert)
            {
                position += c.Length;
            }
        }
    }

    public bool Equals(TextOperation? other)
        => other is not null && BaseLength == other.BaseLength && _components.AsSpan().SequenceEqual(other._components);

    public override bool Equals(object? obj) => Equals(obj as TextOperation);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(BaseLength);
        foreach (var c in _components)
        {
            hash.Add(c);
        }
        return hash.ToHashCode();
    }

    public override string ToString() => ToJson();

    /// <summary>Walks the components of an operation, handing out parts of the current one.</summary>
    private struct ComponentCursor(OpComponent[] components)
    {
        private int _index;
        private int _offset;

        public readonly bool HasCurrent => _index < components.Length;

        public readonly OpComponentKind Kind => components[_index].Kind;

        public readonly int Remaining => components[_index].Length - _offset;

        public int TakeCount(int count)
        {
            Advance(count);
            return count;
        }

        public string TakeText(int count)
        {
            var c = components[_index];
            var text = _offset == 0 && count == c.Length ? c.Text : c.Text.Substring(_offset, count);
            Advance(count);
            return text;
        }

        private void Advance(int count)
        {
            _offset += count;
            if (_offset == components[_index].Length)
            {
                _index++;
                _offset = 0;
            }
        }
    }
}
