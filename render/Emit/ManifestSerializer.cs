using System.Text.Json;
using System.Text.Json.Nodes;
using Manifests.Render.Validate;

namespace Manifests.Render.Emit;

/// <summary>
/// Turns one object into the bytes of its YAML file, and checks it on the way. The kinds the render builds are
/// walked by writers generated at compile time (<see cref="ObjectWriters"/>: System.Text.Json's contract, without
/// its serializer), straight into YAML; into JSON too only when the validator needs the tree Kubernetes will see.
/// Trees made as JSON (a kustomization) go through <see cref="YamlEmitter"/>. Holds reusable buffers: one
/// instance per thread.
/// </summary>
internal sealed class ManifestSerializer : IDisposable
{
    // Finished files are packed into large shared blocks: tens of thousands of small arrays that all live to
    // the end of the render would otherwise be copied by every garbage collection on the way to the oldest generation.
    private const int BlockSize = 256 * 1024;

    private readonly Utf8Buffer _json = new();
    private readonly Utf8Buffer _yaml = new();
    private readonly Utf8JsonWriter _writer;
    private readonly ConvertedValues _converted = new();
    private readonly YamlSink _yamlSink;
    private readonly JsonSink _jsonSink;
    private readonly byte[] _headerLine;
    private byte[] _block = [];
    private int _blockUsed;

    public ManifestSerializer(byte[] headerLine)
    {
        _headerLine = headerLine;
        _writer = new Utf8JsonWriter(_json, new JsonWriterOptions { Encoder = ConvertedValues.SerializerOptions.Encoder, SkipValidation = true });
        _yamlSink = new YamlSink(_yaml, _converted);
        _jsonSink = new JsonSink(_writer, _converted);
    }

    /// <summary>The complete file: header line, then the object as YAML.</summary>
    public ReadOnlyMemory<byte> ToYaml(object body)
    {
        WriteYaml(body);
        return Keep(_yaml.WrittenSpan);
    }

    /// <summary>
    /// The complete file, and what <paramref name="validator"/> finds in the object (<paramref name="path"/> names
    /// the file in messages): judged on its typed form when that tells everything, otherwise on the JSON tree
    /// Kubernetes will see, written for the purpose.
    /// </summary>
    public ReadOnlyMemory<byte> ToYaml(object body, string path, ManifestValidator validator, out IReadOnlyList<ValidationProblem> problems)
    {
        var typed = WriteYaml(body);
        var onlyPlainStrings = typed && _yamlSink.OnlyPlainStrings;
        problems = (typed ? ManifestValidator.ValidateBuilt(path, body, onlyPlainStrings) : null) ?? ValidateJson(body, path, validator, onlyPlainStrings);
        return Keep(_yaml.WrittenSpan);
    }

    // True when a generated writer wrote the object; false for a tree made as JSON.
    private bool WriteYaml(object body)
    {
        _yaml.Clear();
        if (body is JsonNode)
        {
            using var document = JsonOf(body);
            YamlEmitter.WriteDocument(_yaml, document.RootElement, _headerLine);
            return false;
        }

        _yaml.Append(_headerLine);
        _yamlSink.Reset();
        if (!ObjectWriters.TryWrite(body, _yamlSink))
        {
            throw new InvalidOperationException($"No object writer for {body.GetType()}: add it to {nameof(ObjectWriters)}.");
        }

        return true;
    }

    private IReadOnlyList<ValidationProblem> ValidateJson(object body, string path, ManifestValidator validator, bool onlyPlainStrings)
    {
        using var document = JsonOf(body);
        return validator.ValidateObject(path, document.RootElement, body is JsonNode ? null : body, onlyPlainStrings);
    }

    // The object as JSON, in the reused buffer: valid until the next call.
    private JsonDocument JsonOf(object body)
    {
        _json.Clear();
        _writer.Reset(_json);
        if (body is JsonNode tree)
        {
            tree.WriteTo(_writer, ConvertedValues.SerializerOptions);
        }
        else
        {
            ObjectWriters.TryWrite(body, _jsonSink);
        }

        _writer.Flush();
        return JsonDocument.Parse(_json.WrittenMemory);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _converted.Dispose();
    }

    private ReadOnlyMemory<byte> Keep(ReadOnlySpan<byte> file)
    {
        if (_block.Length - _blockUsed < file.Length)
        {
            // Every byte of a block is written before it is read: no need to zero it first.
            _block = GC.AllocateUninitializedArray<byte>(Math.Max(BlockSize, file.Length));
            _blockUsed = 0;
        }

        file.CopyTo(_block.AsSpan(_blockUsed));
        var kept = _block.AsMemory(_blockUsed, file.Length);
        _blockUsed += file.Length;
        return kept;
    }
}
