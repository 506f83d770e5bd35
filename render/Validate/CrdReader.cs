using System.Buffers;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Manifests.Render.Validate;

/// <summary>
/// Reads a CRD document straight from YamlDotNet's parser events: its group, kind and served versions, and the
/// <c>openAPIV3Schema</c> of only the versions asked for, written as JSON. Other versions' schemas are skipped
/// event by event, and so are the parts of a schema no check reads (descriptions, defaults, examples, CEL rules),
/// which are most of a CRD's text.
/// </summary>
internal static class CrdReader
{
    /// <summary>What one pass over a CRD found.</summary>
    /// <param name="Group">The API group.</param>
    /// <param name="Kind">The kind.</param>
    /// <param name="Served">Every served version that has a schema, in document order.</param>
    /// <param name="Schemas">The <c>openAPIV3Schema</c> of each served version asked for, as a JSON document.</param>
    public sealed record Result(string Group, string Kind, IReadOnlyList<string> Served, IReadOnlyDictionary<string, JsonDocument> Schemas);

    private enum Role
    {
        Schema,
        SchemaMap,
        SchemaList,
        Data,
    }

    /// <summary>Reads <paramref name="yaml"/>, writing the schema of each served version <paramref name="wanted"/> accepts.</summary>
    public static Result Read(TextReader yaml, Func<string, bool> wanted)
    {
        var parser = new Parser(yaml);
        parser.Consume<StreamStart>();
        parser.Consume<DocumentStart>();
        parser.Consume<MappingStart>();
        string? group = null, kind = null;
        var served = new List<string>();
        var schemas = new Dictionary<string, JsonDocument>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (parser.Consume<Scalar>().Value != "spec")
            {
                parser.SkipThisAndNestedEvents();
                continue;
            }

            parser.Consume<MappingStart>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                switch (parser.Consume<Scalar>().Value)
                {
                    case "group":
                        group = parser.Consume<Scalar>().Value;
                        break;
                    case "names":
                        kind = ReadKind(parser);
                        break;
                    case "versions":
                        parser.Consume<SequenceStart>();
                        while (!parser.TryConsume<SequenceEnd>(out _))
                        {
                            ReadVersion(parser, wanted, served, schemas);
                        }

                        break;
                    default:
                        parser.SkipThisAndNestedEvents();
                        break;
                }
            }
        }

        if (group is null || kind is null)
        {
            throw new InvalidOperationException("The CRD names no spec.group or spec.names.kind.");
        }

        return new Result(group, kind, served, schemas);
    }

    private static string? ReadKind(IParser parser)
    {
        string? kind = null;
        parser.Consume<MappingStart>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (parser.Consume<Scalar>().Value == "kind")
            {
                kind = parser.Consume<Scalar>().Value;
            }
            else
            {
                parser.SkipThisAndNestedEvents();
            }
        }

        return kind;
    }

    private static void ReadVersion(IParser parser, Func<string, bool> wanted, List<string> served, Dictionary<string, JsonDocument> schemas)
    {
        string? name = null;
        var isServed = false;
        var hasSchema = false;
        JsonDocument? schema = null;
        parser.Consume<MappingStart>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            switch (parser.Consume<Scalar>().Value)
            {
                case "name":
                    name = parser.Consume<Scalar>().Value;
                    break;
                case "served":
                    isServed = parser.Consume<Scalar>() is { Style: ScalarStyle.Plain } flag && Yaml11.IsTrue(flag.Value);
                    break;
                case "schema" when name is not null && !wanted(name):
                    // Not asked for: skipped unread (a version's schema always holds its openAPIV3Schema).
                    hasSchema = true;
                    parser.SkipThisAndNestedEvents();
                    break;
                case "schema":
                    // The name comes before the schema in every shipped CRD; if it did not, the schema is read to be safe.
                    schema = ReadOpenApiSchema(parser);
                    hasSchema = schema is not null;
                    break;
                default:
                    parser.SkipThisAndNestedEvents();
                    break;
            }
        }

        if (name is not null && isServed && hasSchema)
        {
            served.Add(name);
            if (schema is not null && wanted(name))
            {
                schemas[name] = schema;
                return;
            }
        }

        schema?.Dispose();
    }

    private static JsonDocument? ReadOpenApiSchema(IParser parser)
    {
        JsonDocument? document = null;
        parser.Consume<MappingStart>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (parser.Consume<Scalar>().Value != "openAPIV3Schema")
            {
                parser.SkipThisAndNestedEvents();
                continue;
            }

            var buffer = new ArrayBufferWriter<byte>(16 * 1024);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                Write(parser, writer, Role.Schema);
            }

            document = JsonDocument.Parse(buffer.WrittenMemory);
        }

        return document;
    }

    private static void Write(IParser parser, Utf8JsonWriter writer, Role role)
    {
        switch (parser.Current)
        {
            case MappingStart:
                parser.MoveNext();
                writer.WriteStartObject();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var key = parser.Consume<Scalar>().Value;
                    if (role is Role.Schema && key is "description" or "default" or "example" or "x-kubernetes-validations")
                    {
                        // Documentation and server-side checks: no keyword of the compiled schema reads them.
                        parser.SkipThisAndNestedEvents();
                        continue;
                    }

                    writer.WritePropertyName(key);
                    Write(parser, writer, role switch
                    {
                        Role.Schema => key switch
                        {
                            "properties" => Role.SchemaMap,
                            "items" or "additionalProperties" or "not" => Role.Schema,
                            "allOf" or "anyOf" or "oneOf" => Role.SchemaList,
                            _ => Role.Data,
                        },
                        Role.SchemaMap => Role.Schema,
                        _ => Role.Data,
                    });
                }

                writer.WriteEndObject();
                break;
            case SequenceStart:
                parser.MoveNext();
                writer.WriteStartArray();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    Write(parser, writer, role is Role.SchemaList ? Role.Schema : Role.Data);
                }

                writer.WriteEndArray();
                break;
            case Scalar scalar:
                parser.MoveNext();
                WriteScalar(writer, scalar);
                break;
            default:
                throw new InvalidOperationException($"Unexpected YAML event {parser.Current} in a CRD schema (anchors and aliases are not used by shipped CRDs).");
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, Scalar scalar)
    {
        var value = scalar.Value;
        if (scalar.Style is not ScalarStyle.Plain)
        {
            writer.WriteStringValue(value);
            return;
        }

        switch (Yaml11.Resolve(value, out var integer, out var real))
        {
            case Yaml11.Plain.Null:
                writer.WriteNullValue();
                break;
            case Yaml11.Plain.True:
                writer.WriteBooleanValue(true);
                break;
            case Yaml11.Plain.False:
                writer.WriteBooleanValue(false);
                break;
            case Yaml11.Plain.Integer:
                writer.WriteNumberValue(integer);
                break;
            case Yaml11.Plain.Real:
                writer.WriteNumberValue(real);
                break;
            default:
                writer.WriteStringValue(value);
                break;
        }
    }
}
