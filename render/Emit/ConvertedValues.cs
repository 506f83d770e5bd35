using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using k8s.Models;

namespace Manifests.Render.Emit;

/// <summary>
/// The few values the generated object writers leave to System.Text.Json: types with a converter of their own
/// (KubernetesClient's <c>ResourceQuantity</c>; <c>IntOrString</c> is followed directly), free-form <c>JsonNode</c>
/// trees, and the text of a floating-point number. Holds a scratch buffer: one instance per thread.
/// </summary>
internal sealed class ConvertedValues : IDisposable
{
    /// <summary>The options every object's JSON is written with: nulls left out, and only what JSON requires escaped.</summary>
    public static readonly JsonSerializerOptions SerializerOptions = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private readonly Utf8Buffer _scratch = new(256);
    private readonly Utf8JsonWriter _writer;

    public ConvertedValues() =>
        _writer = new Utf8JsonWriter(_scratch, new JsonWriterOptions { Encoder = SerializerOptions.Encoder, SkipValidation = true });

    /// <summary>
    /// Hands <paramref name="sink"/> a value whose converter is simple enough to follow without the serializer, and
    /// returns false for any other. KubernetesClient's <c>IntOrString</c> (every Service's target port) is written as
    /// a number when its text reads as a <see cref="long"/> in the current culture, else as that text: what its
    /// converter writes, pinned by ConvertedValuesTests. Asking the serializer instead costs its whole set-up at first
    /// use and a JSON document per port.
    /// </summary>
    public static bool TryWriteDirectly(object value, IObjectSink sink)
    {
        if (value is not IntOrString intOrString)
        {
            return false;
        }

        if (long.TryParse(intOrString.Value, NumberStyles.Integer, CultureInfo.CurrentCulture, out var number))
        {
            sink.Number(number);
        }
        else if (intOrString.Value is { } text)
        {
            sink.String(text);
        }
        else
        {
            sink.Null();
        }

        return true;
    }

    /// <summary>Writes <paramref name="value"/> as System.Text.Json would for a property of <paramref name="declaredType"/>.</summary>
    public void Write(Utf8JsonWriter writer, object value, Type declaredType) =>
        JsonSerializer.Serialize(writer, value, SerializerOptions.GetTypeInfo(declaredType == typeof(object) ? value.GetType() : declaredType));

    /// <summary>The value as the JSON document System.Text.Json writes for it.</summary>
    public JsonDocument ToJson(object value, Type declaredType)
    {
        Reset();
        Write(_writer, value, declaredType);
        _writer.Flush();
        return JsonDocument.Parse(_scratch.WrittenMemory);
    }

    /// <summary>A floating-point number's text, exactly as System.Text.Json writes it.</summary>
    public ReadOnlySpan<byte> NumberText(double value)
    {
        Reset();
        _writer.WriteNumberValue(value);
        _writer.Flush();
        return _scratch.WrittenSpan;
    }

    public void Dispose() => _writer.Dispose();

    private void Reset()
    {
        _scratch.Clear();
        _writer.Reset(_scratch);
    }
}
