using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Manifests.Render.Emit;

/// <summary>
/// Turns one object into the bytes of its YAML file: System.Text.Json writes the object as JSON into a
/// reused buffer (so JSON names and converters stay the serializer's business), the JSON is parsed in
/// place, and <see cref="YamlEmitter"/> writes the YAML. Holds reusable buffers: one instance per thread.
/// </summary>
internal sealed class ManifestSerializer : IDisposable
{
    // The JSON is an intermediate that nobody reads: escaping only what JSON requires keeps most strings
    // unescaped, so the YAML writer can copy their bytes instead of decoding them.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = Encoder,
        // Core kinds from compile-time metadata; the types generated from CRDs (which another generator's output
        // cannot be seen by System.Text.Json's generator) by reflection.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(CoreKindsJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    // Finished files are packed into large shared blocks: tens of thousands of small arrays that all live to
    // the end of the render would otherwise be copied by every garbage collection on the way to the oldest generation.
    private const int BlockSize = 256 * 1024;

    private readonly Utf8Buffer _json = new();
    private readonly Utf8Buffer _yaml = new();
    private readonly Utf8JsonWriter _writer;
    private readonly byte[] _headerLine;
    private byte[] _block = [];
    private int _blockUsed;

    public ManifestSerializer(byte[] headerLine)
    {
        _headerLine = headerLine;
        _writer = new Utf8JsonWriter(_json, new JsonWriterOptions { Encoder = Encoder, SkipValidation = true });
    }

    /// <summary>The complete file: header line, then the object as YAML.</summary>
    public ReadOnlyMemory<byte> ToYaml(object body) => ToYaml(body, inspect: null);

    /// <summary>
    /// The complete file, after handing <paramref name="inspect"/> the object as the JSON it was written from
    /// (the tree Kubernetes will see), so the caller can validate it without reading the YAML back.
    /// </summary>
    public ReadOnlyMemory<byte> ToYaml(object body, Action<JsonElement>? inspect)
    {
        _json.Clear();
        _writer.Reset(_json);
        JsonSerializer.Serialize(_writer, body, SerializerOptions.GetTypeInfo(body.GetType()));
        _writer.Flush();

        _yaml.Clear();
        using (var document = JsonDocument.Parse(_json.WrittenMemory))
        {
            inspect?.Invoke(document.RootElement);
            YamlEmitter.WriteDocument(_yaml, document.RootElement, _headerLine);
        }

        return Keep(_yaml.WrittenSpan);
    }

    public void Dispose() => _writer.Dispose();

    private ReadOnlyMemory<byte> Keep(ReadOnlySpan<byte> file)
    {
        if (_block.Length - _blockUsed < file.Length)
        {
            _block = new byte[Math.Max(BlockSize, file.Length)];
            _blockUsed = 0;
        }

        file.CopyTo(_block.AsSpan(_blockUsed));
        var kept = _block.AsMemory(_blockUsed, file.Length);
        _blockUsed += file.Length;
        return kept;
    }
}
