using System.Text.Json.Nodes;

namespace Manifests.Reliability.Tests.Validate.Oracle;

/// <summary>
/// The test oracle's half of the CRD check (the product compiles the same rules itself, in
/// <c>render/Validate/SchemaCompiler.cs</c>). Turns a CRD's <c>openAPIV3Schema</c> (OpenAPI 3.0 with Kubernetes' structural-schema extensions)
/// into a JSON Schema (draft 2020-12) that judges an object as the API server with strict field
/// validation does: unknown fields are errors unless the schema preserves them.
/// </summary>
internal static class OpenApiSchemaConverter
{
    /// <summary>Converts the root schema; the root also accepts the fields every object has.</summary>
    public static JsonObject ConvertRoot(JsonObject openApi)
    {
        var schema = Convert(openApi);
        if (schema["properties"] is JsonObject properties)
        {
            properties.TryAdd("apiVersion", new JsonObject { ["type"] = "string" });
            properties.TryAdd("kind", new JsonObject { ["type"] = "string" });
            // Metadata is checked by Kubernetes' own rules (ObjectMetadataChecks), not by the CRD.
            properties.TryAdd("metadata", new JsonObject { ["type"] = "object" });
        }

        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        return schema;
    }

    private static JsonObject Convert(JsonObject openApi, bool inBranch = false)
    {
        var schema = new JsonObject();
        var type = openApi["type"]?.GetValue<string>();
        var nullable = openApi["nullable"]?.GetValue<bool>() == true;
        var intOrString = openApi["x-kubernetes-int-or-string"]?.GetValue<bool>() == true;
        var preserveUnknown = openApi["x-kubernetes-preserve-unknown-fields"]?.GetValue<bool>() == true ||
            openApi["x-kubernetes-embedded-resource"]?.GetValue<bool>() == true;

        if (intOrString)
        {
            schema["type"] = nullable ? new JsonArray("integer", "string", "null") : new JsonArray("integer", "string");
        }
        else if (type is not null)
        {
            schema["type"] = nullable ? new JsonArray(type, "null") : type;
        }

        foreach (var (key, value) in openApi)
        {
            switch (key)
            {
                case "properties" when value is JsonObject properties:
                    var converted = new JsonObject();
                    foreach (var (name, property) in properties)
                    {
                        converted[name] = property is JsonObject p ? Convert(p, inBranch) : new JsonObject();
                    }

                    schema["properties"] = converted;
                    break;
                case "items" when value is JsonObject items:
                    schema["items"] = Convert(items, inBranch);
                    break;
                case "additionalProperties" when value is JsonObject additional:
                    schema["additionalProperties"] = Convert(additional, inBranch);
                    break;
                case "additionalProperties":
                    schema["additionalProperties"] = value?.DeepClone();
                    break;
                case "allOf" or "anyOf" or "oneOf" when value is JsonArray alternatives:
                    schema[key] = new JsonArray([.. alternatives.Select(a => (JsonNode)Convert((JsonObject)a!, inBranch: true))]);
                    break;
                case "not" when value is JsonObject negated:
                    schema["not"] = Convert(negated, inBranch: true);
                    break;
                case "required" or "enum" or "minimum" or "maximum" or "minLength" or "maxLength" or "pattern" or
                    "minItems" or "maxItems" or "uniqueItems" or "minProperties" or "maxProperties" or "multipleOf":
                    schema[key] = value?.DeepClone();
                    break;
            }

            // description, format, default, example, x-kubernetes-validations (CEL), list and map types:
            // documentation or server-side checks this validator does not replay.
        }

        // OpenAPI 3.0's boolean exclusive bounds; JSON Schema takes the bound itself.
        MoveExclusiveBound(openApi, schema, "exclusiveMinimum", "minimum");
        MoveExclusiveBound(openApi, schema, "exclusiveMaximum", "maximum");

        if (nullable && schema["enum"] is JsonArray values && !values.Any(v => v is null))
        {
            values.Add(null);
        }

        // Kubernetes prunes (and, with strict field validation, rejects) fields a structural schema does not declare.
        // Not inside allOf/anyOf/oneOf/not: there a branch only adds constraints to fields the outer schema declares.
        if (!inBranch && schema["properties"] is not null && !preserveUnknown && openApi["additionalProperties"] is null)
        {
            schema["additionalProperties"] = false;
        }

        return schema;
    }

    private static void MoveExclusiveBound(JsonObject openApi, JsonObject schema, string exclusive, string bound)
    {
        if (openApi[exclusive] is JsonValue flag && flag.TryGetValue<bool>(out var on) && on && schema[bound] is { } value)
        {
            schema.Remove(bound);
            schema[exclusive] = value.DeepClone();
        }
    }
}
