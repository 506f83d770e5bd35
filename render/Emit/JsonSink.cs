using System.Text.Json;

namespace Manifests.Render.Emit;

/// <summary>
/// Writes what a generated object writer hands over as JSON, the tree Kubernetes (and the validator) sees.
/// One instance per thread, reset for each object.
/// </summary>
internal sealed class JsonSink(Utf8JsonWriter writer, ConvertedValues converted) : IObjectSink
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

    public void Converted(object value, Type declaredType)
    {
        if (!ConvertedValues.TryWriteDirectly(value, this))
        {
            converted.Write(writer, value, declaredType);
        }
    }
}
