using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Manifests.Render.Validate;

/// <summary>
/// The CRDs the product ships (embedded from <c>crds/</c>), each served version's <c>openAPIV3Schema</c>
/// turned into a JSON Schema the first time an object of that kind is checked.
/// </summary>
internal sealed class CrdCatalog
{
    /// <summary>Which shipped file defines which group and kind.</summary>
    public static readonly IReadOnlyDictionary<(string Group, string Kind), string> Files = new Dictionary<(string, string), string>
    {
        [("networking.istio.io", "Gateway")] = "crds/istio/gateways.networking.istio.io.yaml",
        [("networking.istio.io", "VirtualService")] = "crds/istio/virtualservices.networking.istio.io.yaml",
        [("networking.istio.io", "DestinationRule")] = "crds/istio/destinationrules.networking.istio.io.yaml",
        [("networking.istio.io", "ServiceEntry")] = "crds/istio/serviceentries.networking.istio.io.yaml",
        [("argoproj.io", "Application")] = "crds/argocd/application-crd.yaml",
        [("argoproj.io", "ApplicationSet")] = "crds/argocd/applicationset-crd.yaml",
        [("argoproj.io", "AppProject")] = "crds/argocd/appproject-crd.yaml",
        [("istio.alibabacloud.com", "IstioGateway")] = "crds/alibabacloud/istiogateways.istio.alibabacloud.com.yaml",
    };

    private readonly ConcurrentDictionary<(string Group, string Kind), IReadOnlyDictionary<string, JsonSchema>> _schemas = new();

    /// <summary>True when a CRD for the group and kind ships with the product.</summary>
    public static bool Knows(string group, string kind) => Files.ContainsKey((group, kind));

    /// <summary>The schema of one served version, or null when the CRD does not serve it.</summary>
    public JsonSchema? Find(string group, string version, string kind)
    {
        var versions = _schemas.GetOrAdd((group, kind), key => Load(Files[key]));
        return versions.TryGetValue(version, out var schema) ? schema : null;
    }

    /// <summary>The versions a shipped CRD serves, for messages.</summary>
    public IEnumerable<string> Versions(string group, string kind) =>
        _schemas.GetOrAdd((group, kind), key => Load(Files[key])).Keys.Order(StringComparer.Ordinal);

    /// <summary>Reads a shipped CRD: group, kind and a schema per served version.</summary>
    public static (string Group, string Kind, IReadOnlyDictionary<string, JsonSchema> Versions) Read(string resourceName)
    {
        using var stream = typeof(CrdCatalog).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The CRD {resourceName} is not embedded in the render assembly.");
        using var reader = new StreamReader(stream);
        var (document, error) = YamlDocument.Parse(reader.ReadToEnd());
        if (document?.Root is not JsonObject crd)
        {
            throw new InvalidOperationException($"The shipped CRD {resourceName} cannot be read: {error}");
        }

        var spec = crd["spec"]!.AsObject();
        var group = spec["group"]!.GetValue<string>();
        var kind = spec["names"]!["kind"]!.GetValue<string>();
        var versions = new SortedDictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var version in spec["versions"]!.AsArray().OfType<JsonObject>())
        {
            if (version["served"]?.GetValue<bool>() != true || version["schema"]?["openAPIV3Schema"] is not JsonObject openApi)
            {
                continue;
            }

            var name = version["name"]!.GetValue<string>();
            var converted = OpenApiSchemaConverter.ConvertRoot(openApi);
            var element = JsonSerializer.SerializeToElement(converted);
            var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
            versions[name] = JsonSchema.Build(element, options, new Uri($"https://manifests.invalid/crds/{group}/{name}/{kind}"));
        }

        return (group, kind, versions);
    }

    private static IReadOnlyDictionary<string, JsonSchema> Load(string resourceName) => Read(resourceName).Versions;
}
