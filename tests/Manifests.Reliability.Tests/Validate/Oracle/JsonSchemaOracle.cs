using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Manifests.Render.Validate;

namespace Manifests.Reliability.Tests.Validate.Oracle;

/// <summary>
/// The reference the product's compiled CRD schemas are held to: the shipped CRD read by the general YAML reader
/// (<see cref="YamlDocument"/>), converted by <see cref="OpenApiSchemaConverter"/> and evaluated by JsonSchema.Net,
/// as the product did before it compiled its own validator.
/// </summary>
internal sealed class JsonSchemaOracle
{
    private static readonly ConcurrentDictionary<(string Resource, string Version), Lazy<JsonSchemaOracle>> Built = new();
    private static readonly ConcurrentDictionary<string, Lazy<JsonObject>> Crds = new(StringComparer.Ordinal);

    private readonly JsonSchema _schema;

    private JsonSchemaOracle(JsonObject openApi, JsonSchema schema)
    {
        OpenApi = openApi;
        _schema = schema;
    }

    /// <summary>The version's <c>openAPIV3Schema</c>, as read by the general YAML reader.</summary>
    public JsonObject OpenApi { get; }

    /// <summary>The oracle for one served version of a shipped CRD, built once per test run.</summary>
    public static JsonSchemaOracle For(string resource, string version) =>
        Built.GetOrAdd((resource, version), key => new Lazy<JsonSchemaOracle>(() => Build(key.Resource, key.Version))).Value;

    /// <summary>The served versions of a shipped CRD that have a schema, as the general YAML reader finds them.</summary>
    public static IReadOnlyList<string> ServedVersions(string resource) =>
        [.. Versions(Crd(resource)).Where(v => v["served"]?.GetValue<bool>() == true && v["schema"]?["openAPIV3Schema"] is JsonObject).Select(v => v["name"]!.GetValue<string>())];

    /// <summary>Whether the instance is valid, and the field path of every keyword that failed (with the keyword).</summary>
    public (bool Valid, IReadOnlyList<(string Path, string Keyword)> Errors) Evaluate(JsonElement instance)
    {
        var results = _schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var errors = new List<(string, string)>();
        Collect(results, errors);
        return (results.IsValid, errors);
    }

    // Only what makes the instance invalid. JsonSchema.Net gives no message for a oneOf that matched twice or for a
    // subschema that failed, so a failing node is also named when nothing under it explains its failure; and the
    // failing branches of an anyOf or oneOf that passed, or the schema under a "not", are no faults of the instance.
    private static void Collect(EvaluationResults node, List<(string, string)> errors)
    {
        if (node.IsValid)
        {
            return;
        }

        var location = FieldPath.FromPointer(node.InstanceLocation.ToString());
        foreach (var (keyword, _) in node.Errors ?? [])
        {
            errors.Add((location, keyword));
        }

        var explained = node.Errors is { Count: > 0 };
        var here = node.EvaluationPath.ToString();
        foreach (var group in (node.Details ?? []).GroupBy(child => child.EvaluationPath.ToString()[here.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries)[0]))
        {
            var matched = group.Count(child => child.IsValid);
            switch (group.Key)
            {
                case "not":
                    continue;
                case "anyOf" when matched > 0:
                    continue;
                case "oneOf" when matched == 1:
                    continue;
                case "oneOf" when matched > 1:
                    errors.Add((location, "oneOf"));
                    explained = true;
                    continue;
            }

            foreach (var child in group.Where(child => !child.IsValid))
            {
                Collect(child, errors);
                explained = true;
            }
        }

        if (!explained)
        {
            errors.Add((location, "(no message)"));
        }
    }

    private static JsonSchemaOracle Build(string resource, string version)
    {
        var openApi = Versions(Crd(resource)).Single(v => v["name"]!.GetValue<string>() == version)["schema"]!["openAPIV3Schema"]!.AsObject();
        var converted = OpenApiSchemaConverter.ConvertRoot(openApi);
        var schema = JsonSchema.Build(JsonSerializer.SerializeToElement(converted), new BuildOptions { SchemaRegistry = new SchemaRegistry() },
            new Uri($"https://manifests.invalid/oracle/{resource}/{version}"));
        return new JsonSchemaOracle(openApi, schema);
    }

    private static IEnumerable<JsonObject> Versions(JsonObject crd) => crd["spec"]!["versions"]!.AsArray().OfType<JsonObject>();

    private static JsonObject Crd(string resource) => Crds.GetOrAdd(resource, name => new Lazy<JsonObject>(() => Parse(name))).Value;

    private static JsonObject Parse(string resource)
    {
        using var stream = typeof(CrdCatalog).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var (document, error) = YamlDocument.Parse(reader.ReadToEnd());
        return document?.Root as JsonObject ?? throw new InvalidOperationException($"{resource}: {error}");
    }
}
