using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Manifests.Render.Validate;

/// <summary>
/// Compiles a CRD's <c>openAPIV3Schema</c> (OpenAPI 3.0 with Kubernetes' structural-schema extensions) into
/// <see cref="SchemaNode"/>s that judge an object as the API server with strict field validation does: unknown
/// fields are errors unless the schema preserves them. Each rule says what JSON Schema it stands for, so the
/// tests can hold this compiler to JsonSchema.Net on the same CRDs.
/// </summary>
internal static class SchemaCompiler
{
    private static readonly SchemaNode StringField = new() { Types = JsonTypes.String };

    /// <summary>Compiles the root schema; the root also accepts the fields every object has.</summary>
    public static SchemaNode CompileRoot(JsonElement openApi) => Compile(openApi, inBranch: false, root: true);

    private static SchemaNode Compile(JsonElement openApi, bool inBranch, bool root = false)
    {
        var nullable = Flag(openApi, "nullable");
        var preserveUnknown = Flag(openApi, "x-kubernetes-preserve-unknown-fields") || Flag(openApi, "x-kubernetes-embedded-resource");
        var types = JsonTypes.Any;
        if (Flag(openApi, "x-kubernetes-int-or-string"))
        {
            types = JsonTypes.Integer | JsonTypes.String;
        }
        else if (openApi.TryGetProperty("type"u8, out var type) && type.ValueKind is JsonValueKind.String)
        {
            types = type.GetString() switch
            {
                "object" => JsonTypes.Object,
                "array" => JsonTypes.Array,
                "string" => JsonTypes.String,
                "integer" => JsonTypes.Integer,
                "number" => JsonTypes.Number,
                "boolean" => JsonTypes.Boolean,
                var other => throw new InvalidOperationException($"The CRD schema names the unknown type '{other}'."),
            };
        }

        if (nullable && types is not JsonTypes.Any)
        {
            types |= JsonTypes.Null;
        }

        Utf8Table<SchemaNode>? properties = null;
        if (openApi.TryGetProperty("properties"u8, out var declared) && declared.ValueKind is JsonValueKind.Object)
        {
            // Loops rather than LINQ in this file: LINQ over JSON value types is compiled at first use, on the
            // critical path of a render (the schemas are compiled while check and place run).
            var entries = new List<(string Name, SchemaNode Node)>();
            foreach (var p in declared.EnumerateObject())
            {
                entries.Add((p.Name, p.Value.ValueKind is JsonValueKind.Object ? Compile(p.Value, inBranch) : SchemaNode.Empty));
            }

            if (root)
            {
                // Metadata is checked by Kubernetes' own rules (ObjectMetadataChecks), not by the CRD.
                AddUnlessDeclared(entries, "apiVersion", StringField);
                AddUnlessDeclared(entries, "kind", StringField);
                AddUnlessDeclared(entries, "metadata", new SchemaNode { Types = JsonTypes.Object });
            }

            properties = new Utf8Table<SchemaNode>(entries);
        }

        var extraFields = ExtraFields.Allowed;
        SchemaNode? extraFieldSchema = null;
        var hasAdditional = openApi.TryGetProperty("additionalProperties"u8, out var additional) && additional.ValueKind is not JsonValueKind.Null;
        if (hasAdditional && additional.ValueKind is JsonValueKind.Object)
        {
            extraFields = ExtraFields.Schema;
            extraFieldSchema = Compile(additional, inBranch);
        }
        else if (hasAdditional && additional.ValueKind is JsonValueKind.False)
        {
            extraFields = ExtraFields.Refused;
        }
        else if (!hasAdditional && !inBranch && properties is not null && !preserveUnknown)
        {
            // Kubernetes prunes (and, with strict field validation, rejects) fields a structural schema does not declare.
            // Not inside allOf/anyOf/oneOf/not: there a branch only adds constraints to fields the outer schema declares.
            extraFields = ExtraFields.Refused;
        }

        var minimum = Number(openApi, "minimum"u8);
        var maximum = Number(openApi, "maximum"u8);
        var required = Strings(openApi, "required"u8);
        var allOf = Branches(openApi, "allOf"u8);
        var anyOf = Branches(openApi, "anyOf"u8);
        var oneOf = Branches(openApi, "oneOf"u8);
        var not = openApi.TryGetProperty("not"u8, out var negated) && negated.ValueKind is JsonValueKind.Object ? Compile(negated, inBranch: true) : null;
        var node = new SchemaNode
        {
            Types = types,
            Properties = properties,
            ExtraFields = extraFields,
            ExtraFieldSchema = extraFieldSchema,
            Required = RequiredFields(required),
            MinProperties = Count(openApi, "minProperties"u8),
            MaxProperties = Count(openApi, "maxProperties"u8),
            Items = openApi.TryGetProperty("items"u8, out var items) && items.ValueKind is JsonValueKind.Object ? Compile(items, inBranch) : null,
            MinItems = Count(openApi, "minItems"u8),
            MaxItems = Count(openApi, "maxItems"u8),
            UniqueItems = Flag(openApi, "uniqueItems"),
            MinLength = Count(openApi, "minLength"u8),
            MaxLength = Count(openApi, "maxLength"u8),
            Pattern = openApi.TryGetProperty("pattern"u8, out var pattern) && pattern.ValueKind is JsonValueKind.String ? new SchemaPattern(pattern.GetString()!) : null,
            // OpenAPI 3.0's exclusive bounds are flags on the bound; without the bound they mean nothing.
            Minimum = minimum,
            ExclusiveMinimum = minimum is not null && Flag(openApi, "exclusiveMinimum"),
            Maximum = maximum,
            ExclusiveMaximum = maximum is not null && Flag(openApi, "exclusiveMaximum"),
            MultipleOf = Number(openApi, "multipleOf"u8),
            Enum = Enum(openApi, nullable),
            AllOf = allOf,
            AnyOf = anyOf,
            OneOf = oneOf,
            Not = not,
            OnlyRequires = required.Count > 0 && OnlyKeywordIs(openApi, "required"),
        };

        // description, format, default, example, x-kubernetes-validations (CEL), list and map types:
        // documentation or server-side checks this validator does not replay.
        return node;
    }

    private static void AddUnlessDeclared(List<(string Name, SchemaNode Node)> entries, string name, SchemaNode node)
    {
        foreach (var entry in entries)
        {
            if (entry.Name == name)
            {
                return;
            }
        }

        entries.Add((name, node));
    }

    private static bool Flag(JsonElement openApi, string name) => openApi.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True;

    private static long? Count(JsonElement openApi, ReadOnlySpan<byte> name) =>
        openApi.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.Number ? (long)value.GetDouble() : null;

    private static SchemaNumber? Number(JsonElement openApi, ReadOnlySpan<byte> name)
    {
        if (!openApi.TryGetProperty(name, out var value) || value.ValueKind is not JsonValueKind.Number)
        {
            return null;
        }

        return new SchemaNumber(value.TryGetDecimal(out var exact) ? exact : null, value.GetDouble(),
            value.TryGetDecimal(out var shown) ? shown.ToString(CultureInfo.InvariantCulture) : value.GetRawText());
    }

    private static List<string> Strings(JsonElement openApi, ReadOnlySpan<byte> name)
    {
        var strings = new List<string>();
        if (openApi.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind is JsonValueKind.String)
                {
                    strings.Add(item.GetString()!);
                }
            }
        }

        return strings;
    }

    private static RequiredField[] RequiredFields(List<string> names)
    {
        var fields = new RequiredField[names.Count];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = new RequiredField(names[i], Encoding.UTF8.GetBytes(names[i]));
        }

        return fields;
    }

    private static SchemaNode[]? Branches(JsonElement openApi, ReadOnlySpan<byte> name)
    {
        if (!openApi.TryGetProperty(name, out var value) || value.ValueKind is not JsonValueKind.Array)
        {
            return null;
        }

        var branches = new SchemaNode[value.GetArrayLength()];
        var i = 0;
        foreach (var branch in value.EnumerateArray())
        {
            branches[i++] = Compile(branch, inBranch: true);
        }

        return branches;
    }

    private static SchemaEnum? Enum(JsonElement openApi, bool nullable)
    {
        if (!openApi.TryGetProperty("enum"u8, out var value) || value.ValueKind is not JsonValueKind.Array)
        {
            return null;
        }

        var values = new List<JsonElement>(value.GetArrayLength() + 1);
        var hasNull = false;
        foreach (var item in value.EnumerateArray())
        {
            values.Add(item);
            hasNull |= item.ValueKind is JsonValueKind.Null;
        }

        if (nullable && !hasNull)
        {
            values.Add(NullValue);
        }

        return new SchemaEnum(values);
    }

    private static bool OnlyKeywordIs(JsonElement openApi, string keyword)
    {
        foreach (var property in openApi.EnumerateObject())
        {
            if (!property.NameEquals(keyword))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly JsonElement NullValue = JsonDocument.Parse("null").RootElement;
}
