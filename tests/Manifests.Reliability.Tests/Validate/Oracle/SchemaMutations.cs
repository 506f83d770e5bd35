using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Manifests.Reliability.Tests.Validate.Oracle;

/// <summary>
/// Objects made from a CRD's own schema: a sample that fills every required field, and for many fields a
/// mutation breaking one keyword of that field (wrong type, value outside the enum, broken pattern, out of
/// bounds, too long, a required field missing, an unknown field, two oneOf fields at once, null where not
/// nullable, an int-or-string given a boolean), each placed at the field's path in an otherwise sampled object.
/// </summary>
internal static class SchemaMutations
{
    private const int MaxDepth = 10;
    private static readonly string[] Candidates = ["x", "sample", "a", "1", "10s", "1s", "10", "http", "example.com", "a-b", "default", "25%", "HEAD", "*", "v1", "1.0", "/", "Exact"];
    private static readonly string[] Breakers = ["!! not valid !!", "", " ", "-", "ZZ_", "a b", "0"];

    /// <summary>One object to judge, and what was done to it.</summary>
    public sealed record Case(string Description, JsonNode Instance);

    private enum StepKind
    {
        Property,
        Item,
        Entry,
    }

    private sealed record Step(StepKind Kind, string Name);

    private sealed record Field(IReadOnlyList<Step> Path, JsonObject Schema)
    {
        public string Describe() => Path.Count == 0 ? "(root)" : string.Concat(Path.Select(s => s.Kind switch
        {
            StepKind.Property => "." + s.Name,
            StepKind.Item => "[0]",
            _ => "[entry]",
        }))[1..];
    }

    /// <summary>The sample, then the mutations of up to <paramref name="maxFields"/> fields (those with constraints first).</summary>
    public static IEnumerable<Case> For(JsonObject openApi, string apiVersion, string kind, int maxFields)
    {
        var fields = new List<Field>();
        Collect(openApi, [], fields);
        var constrained = fields.Where(f => IsConstrained(f.Schema)).ToList();
        var plain = fields.Where(f => !IsConstrained(f.Schema)).ToList();
        var chosen = Spread(constrained, maxFields * 3 / 4);
        chosen.AddRange(Spread(plain, maxFields - chosen.Count));

        var root = new Field([], openApi);
        yield return new Case("the sample", Place(openApi, root.Path, 0, Sample(openApi, 0, root: true, apiVersion, kind), apiVersion, kind)!);
        foreach (var field in chosen.Prepend(root))
        {
            foreach (var (what, value) in Mutations(field.Schema, field.Path.Count == 0, apiVersion, kind))
            {
                yield return new Case($"{field.Describe()}: {what}", Place(openApi, field.Path, 0, value, apiVersion, kind)!);
            }
        }
    }

    private static void Collect(JsonObject schema, IReadOnlyList<Step> path, List<Field> fields)
    {
        if (path.Count >= MaxDepth)
        {
            return;
        }

        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, child) in properties)
            {
                if (child is JsonObject childSchema)
                {
                    var childPath = path.Append(new Step(StepKind.Property, name)).ToList();
                    fields.Add(new Field(childPath, childSchema));
                    Collect(childSchema, childPath, fields);
                }
            }
        }

        if (schema["items"] is JsonObject items)
        {
            var itemPath = path.Append(new Step(StepKind.Item, "")).ToList();
            fields.Add(new Field(itemPath, items));
            Collect(items, itemPath, fields);
        }

        if (schema["additionalProperties"] is JsonObject entries)
        {
            var entryPath = path.Append(new Step(StepKind.Entry, "")).ToList();
            fields.Add(new Field(entryPath, entries));
            Collect(entries, entryPath, fields);
        }
    }

    private static bool IsConstrained(JsonObject schema) => schema.Any(p => p.Key is "enum" or "pattern" or "minimum" or "maximum" or "minLength"
        or "maxLength" or "minItems" or "maxItems" or "maxProperties" or "minProperties" or "oneOf" or "anyOf" or "allOf" or "not" or "required"
        or "nullable" or "x-kubernetes-int-or-string" or "uniqueItems" or "multipleOf");

    // Every n-th, so that the choice covers the whole schema and stays the same from run to run.
    private static List<Field> Spread(List<Field> fields, int count)
    {
        if (count <= 0)
        {
            return [];
        }

        if (fields.Count <= count)
        {
            return [.. fields];
        }

        var step = (double)fields.Count / count;
        return [.. Enumerable.Range(0, count).Select(i => fields[(int)(i * step)])];
    }

    // The object with every parent of the field sampled, and the field's value replaced.
    private static JsonNode? Place(JsonObject schema, IReadOnlyList<Step> path, int at, JsonNode? value, string apiVersion, string kind)
    {
        if (at == path.Count)
        {
            return value?.DeepClone();
        }

        var step = path[at];
        switch (step.Kind)
        {
            case StepKind.Property:
                var parent = Sample(schema, 0, root: at == 0, apiVersion, kind) as JsonObject ?? [];
                parent[step.Name] = Place(schema["properties"]![step.Name]!.AsObject(), path, at + 1, value, apiVersion, kind);
                return parent;
            case StepKind.Item:
                return new JsonArray(Place(schema["items"]!.AsObject(), path, at + 1, value, apiVersion, kind));
            default:
                return new JsonObject { ["entry"] = Place(schema["additionalProperties"]!.AsObject(), path, at + 1, value, apiVersion, kind) };
        }
    }

    private static IEnumerable<(string What, JsonNode? Value)> Mutations(JsonObject schema, bool root, string apiVersion, string kind)
    {
        var type = schema["type"]?.GetValue<string>();
        var nullable = schema["nullable"]?.GetValue<bool>() == true;
        var sample = Sample(schema, 0, root, apiVersion, kind);
        if (schema["x-kubernetes-int-or-string"]?.GetValue<bool>() == true)
        {
            yield return ("an int-or-string given a boolean", true);
            yield return ("an int-or-string given an object", new JsonObject());
            yield return ("an int-or-string given a fraction", 1.5);
        }
        else
        {
            switch (type)
            {
                case "string":
                    yield return ("a number where a string is expected", 42);
                    break;
                case "integer":
                    yield return ("a string where an integer is expected", "eighty");
                    yield return ("a fraction where an integer is expected", 1.5);
                    yield return ("an integer written as 2.0", JsonNode.Parse("2.0"));
                    break;
                case "number":
                    yield return ("a string where a number is expected", "x");
                    break;
                case "boolean":
                    yield return ("a string where a boolean is expected", "sometimes");
                    break;
                case "array":
                    yield return ("an object where an array is expected", new JsonObject { ["a"] = 1 });
                    break;
                case "object":
                    yield return ("a string where an object is expected", "x");
                    break;
            }
        }

        if (!root)
        {
            yield return (nullable ? "null where nullable" : "null where not nullable", null);
        }

        if (schema["enum"] is JsonArray values && values.Count > 0)
        {
            yield return ("a value outside the enum", "NOT-IN-THE-ENUM");
        }

        if (schema["pattern"]?.GetValue<string>() is { } pattern)
        {
            var regex = new Regex(pattern, RegexOptions.ECMAScript);
            if (Breakers.FirstOrDefault(b => !regex.IsMatch(b)) is { } broken)
            {
                yield return ("a string breaking the pattern", broken);
            }
        }

        if (Number(schema, "minimum") is { } minimum)
        {
            yield return ("below the minimum", schema["exclusiveMinimum"]?.GetValue<bool>() == true ? minimum : minimum - 1);
        }

        if (Number(schema, "maximum") is { } maximum)
        {
            yield return ("above the maximum", schema["exclusiveMaximum"]?.GetValue<bool>() == true ? maximum : maximum + 1);
        }

        if (Number(schema, "maxLength") is { } maxLength and < 5000)
        {
            yield return ("one character too long", new string('a', (int)maxLength + 1));
        }

        if (Number(schema, "minLength") is { } minLength and > 0)
        {
            yield return ("one character too short", new string('a', (int)minLength - 1));
        }

        if (Number(schema, "minItems") is { } minItems and > 0)
        {
            yield return ("one item too few", new JsonArray([.. Enumerable.Repeat(0, (int)minItems - 1).Select(_ => ItemSample(schema))]));
        }

        if (Number(schema, "maxItems") is { } maxItems and < 300)
        {
            yield return ("one item too many", new JsonArray([.. Enumerable.Repeat(0, (int)maxItems + 1).Select(_ => ItemSample(schema))]));
        }

        if (Number(schema, "maxProperties") is { } maxProperties and < 300 && schema["additionalProperties"] is JsonObject entry)
        {
            var full = new JsonObject();
            for (var i = 0; i <= maxProperties; i++)
            {
                full[$"k{i}"] = Sample(entry, 1, root: false, apiVersion, kind);
            }

            yield return ("one entry too many", full);
        }

        if (schema["uniqueItems"]?.GetValue<bool>() == true)
        {
            yield return ("an item repeated", new JsonArray(ItemSample(schema), ItemSample(schema)));
        }

        if (sample is JsonObject sampled)
        {
            foreach (var required in (schema["required"] as JsonArray ?? []).Take(2).Select(r => r!.GetValue<string>()))
            {
                var missing = (JsonObject)sampled.DeepClone();
                missing.Remove(required);
                yield return ($"required {required} missing", missing);
            }

            if (schema["properties"] is JsonObject properties)
            {
                var unknown = (JsonObject)sampled.DeepClone();
                unknown["zzUnknownField"] = "x";
                yield return ("an unknown field", unknown);

                foreach (var alternatives in new[] { schema["oneOf"], schema["anyOf"] }.OfType<JsonArray>())
                {
                    var names = alternatives.OfType<JsonObject>().SelectMany(b => b["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>())
                        .Where(properties.ContainsKey).Distinct().Take(2).ToList();
                    if (names.Count == 2)
                    {
                        var both = (JsonObject)sampled.DeepClone();
                        foreach (var name in names)
                        {
                            both[name] = Sample(properties[name]!.AsObject(), 1, root: false, apiVersion, kind);
                        }

                        yield return ($"two alternatives set ({names[0]} and {names[1]})", both);
                        var one = (JsonObject)sampled.DeepClone();
                        one[names[0]] = Sample(properties[names[0]]!.AsObject(), 1, root: false, apiVersion, kind);
                        yield return ($"one alternative set ({names[0]})", one);
                    }
                }
            }
        }
    }

    private static JsonNode? ItemSample(JsonObject schema) => schema["items"] is JsonObject items ? Sample(items, 1, root: false, "", "") : "x";

    /// <summary>A value the schema should accept: every required field filled, bounds and patterns respected where it can.</summary>
    private static JsonNode? Sample(JsonObject schema, int depth, bool root, string apiVersion, string kind)
    {
        if (schema["enum"] is JsonArray values && values.FirstOrDefault(v => v is not null) is { } first)
        {
            return first.DeepClone();
        }

        if (schema["x-kubernetes-int-or-string"]?.GetValue<bool>() == true)
        {
            return 1;
        }

        var type = schema["type"]?.GetValue<string>() ?? (schema["properties"] is not null ? "object" : null);
        switch (type)
        {
            case "string":
                var pattern = schema["pattern"]?.GetValue<string>() is { } text ? new Regex(text, RegexOptions.ECMAScript) : null;
                var min = Number(schema, "minLength") ?? 0;
                var max = Number(schema, "maxLength") ?? long.MaxValue;
                return Candidates.FirstOrDefault(c => c.Length >= min && c.Length <= max && pattern?.IsMatch(c) != false) ?? "x";
            case "integer" or "number":
                var low = Number(schema, "minimum") is { } minimum ? minimum + (schema["exclusiveMinimum"]?.GetValue<bool>() == true ? 1 : 0) : 1;
                return Number(schema, "maximum") is { } maximum && low > maximum ? maximum : low;
            case "boolean":
                return true;
            case "array":
                var count = (int)(Number(schema, "minItems") ?? 0);
                return new JsonArray([.. Enumerable.Repeat(0, count).Select(_ => ItemSample(schema))]);
            case "object":
                var sample = new JsonObject();
                if (root)
                {
                    sample["apiVersion"] = apiVersion;
                    sample["kind"] = kind;
                    sample["metadata"] = new JsonObject { ["name"] = "sample", ["namespace"] = "default" };
                }

                if (depth < MaxDepth)
                {
                    foreach (var required in (schema["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()))
                    {
                        sample[required] = schema["properties"]?[required] is JsonObject child ? Sample(child, depth + 1, root: false, apiVersion, kind) : "x";
                    }
                }

                return sample;
            default:
                return new JsonObject();
        }
    }

    private static long? Number(JsonObject schema, string keyword) => schema[keyword] is JsonValue value && value.TryGetValue<double>(out var number) ? (long)number
        : schema[keyword] is JsonValue integer && integer.TryGetValue<long>(out var whole) ? whole : null;
}
