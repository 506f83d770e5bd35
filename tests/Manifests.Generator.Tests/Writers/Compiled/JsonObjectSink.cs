using System;
using System.Text.Json;

namespace Manifests.Render.Emit;

/// <summary>The simplest sink: each call is the matching <see cref="Utf8JsonWriter"/> call; the serializer writes converted values.</summary>
internal sealed class JsonObjectSink(Utf8JsonWriter writer, JsonSerializerOptions options) : IObjectSink
{
    public void BeginMapping() => writer.WriteStartObject();

    public void EndMapping() => writer.WriteEndObject();

    public void BeginSequence() => writer.WriteStartArray();

    public void EndSequence() => writer.WriteEndArray();

    public void Key(ReadOnlySpan<byte> utf8Name) => writer.WritePropertyName(utf8Name);

    public void Key(string name) => writer.WritePropertyName(name);

    public void String(string value) => writer.WriteStringValue(value);

    public void Utf8String(ReadOnlySpan<byte> value) => writer.WriteStringValue(value);

    public void Number(long value) => writer.WriteNumberValue(value);

    public void Number(ulong value) => writer.WriteNumberValue(value);

    public void Number(double value) => writer.WriteNumberValue(value);

    public void Boolean(bool value) => writer.WriteBooleanValue(value);

    public void Null() => writer.WriteNullValue();

    public void Converted(object value, Type declaredType) => JsonSerializer.Serialize(writer, value, declaredType, options);
}
