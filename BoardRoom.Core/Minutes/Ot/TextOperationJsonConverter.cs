using System.Text.Json;
using System.Text.Json.Serialization;

namespace BoardRoom.Core.Minutes.Ot;

/// <summary>Lets System.Text.Json (and so SignalR's JSON protocol) carry a <see cref="TextOperation"/> in its ot.js wire format.</summary>
public sealed class TextOperationJsonConverter : JsonConverter<TextOperation>
{
    public override TextOperation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return TextOperation.Parse(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, TextOperation value, JsonSerializerOptions options) => value.WriteTo(writer);
}
