using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Json.Schema;
using Manifests.Reliability.Tests.Validate.Oracle;
using Manifests.Render;
using Manifests.Render.Validate;

namespace Manifests.Bench;

/// <summary>
/// Checking a custom resource against its CRD: the compiled schemas the product uses (<see cref="CrdSchema"/>) next to
/// JsonSchema.Net on the converted schema (what the product used before, now the tests' oracle), on the
/// VirtualService and DestinationRule the synthetic topology renders; and loading one kind and version's schema.
/// Run with <c>--micro --filter '*Validator*'</c>.
/// </summary>
[MemoryDiagnoser]
public class ValidatorBenchmarks
{
    private const string Istio = "networking.istio.io";

    private JsonElement _virtualService;
    private JsonElement _destinationRule;
    private CrdSchema _compiledVirtualService = null!;
    private CrdSchema _compiledDestinationRule = null!;
    private JsonSchema _oracleVirtualService = null!;
    private JsonSchema _oracleDestinationRule = null!;
    private string _virtualServiceCrd = null!;
    private string _version = null!;

    /// <summary>Renders one service of the synthetic topology and builds both validators for its mesh objects.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var files = ManifestRenderer.Render(SyntheticTopology.Declare(1), "Bench").Files;
        _virtualService = Instance(files.Single(f => f.Path.Contains("/virtualservice-", StringComparison.Ordinal)).Content);
        _destinationRule = Instance(files.Single(f => f.Path.Contains("/destinationrule-", StringComparison.Ordinal)).Content);
        var version = _version = _virtualService.GetProperty("apiVersion").GetString()![(Istio.Length + 1)..];
        _compiledVirtualService = new CrdCatalog().Find(Istio, version, "VirtualService")!;
        _compiledDestinationRule = new CrdCatalog().Find(Istio, version, "DestinationRule")!;
        _virtualServiceCrd = Embedded(CrdCatalog.Files[(Istio, "VirtualService")]);
        _oracleVirtualService = OracleSchemas(_virtualServiceCrd)[version];
        _oracleDestinationRule = OracleSchemas(Embedded(CrdCatalog.Files[(Istio, "DestinationRule")]))[version];
        if (_compiledVirtualService.Validate(_virtualService).Count + _compiledDestinationRule.Validate(_destinationRule).Count > 0 ||
            !_oracleVirtualService.Evaluate(_virtualService).IsValid || !_oracleDestinationRule.Evaluate(_destinationRule).IsValid)
        {
            throw new InvalidOperationException("The rendered objects should be valid to both validators.");
        }
    }

    /// <summary>The compiled schema on the rendered VirtualService.</summary>
    [Benchmark]
    public int VirtualServiceCompiled() => _compiledVirtualService.Validate(_virtualService).Count;

    /// <summary>JsonSchema.Net on the rendered VirtualService, with the list output the product asked for.</summary>
    [Benchmark]
    public bool VirtualServiceJsonSchemaNet() => _oracleVirtualService.Evaluate(_virtualService, new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid;

    /// <summary>The compiled schema on the rendered DestinationRule.</summary>
    [Benchmark]
    public int DestinationRuleCompiled() => _compiledDestinationRule.Validate(_destinationRule).Count;

    /// <summary>JsonSchema.Net on the rendered DestinationRule.</summary>
    [Benchmark]
    public bool DestinationRuleJsonSchemaNet() => _oracleDestinationRule.Evaluate(_destinationRule, new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid;

    /// <summary>Reading the VirtualService CRD and compiling the one version asked for, in a fresh catalog.</summary>
    [Benchmark]
    public object? LoadVirtualServiceCompiled() => new CrdCatalog().Find(Istio, _version, "VirtualService");

    /// <summary>Reading the DestinationRule CRD and compiling the one version asked for, in a fresh catalog.</summary>
    [Benchmark]
    public object? LoadDestinationRuleCompiled() => new CrdCatalog().Find(Istio, _version, "DestinationRule");

    /// <summary>The path the product took before: the whole CRD to a JSON tree, every served version converted and built.</summary>
    [Benchmark]
    public int LoadVirtualServiceJsonSchemaNet() => OracleSchemas(_virtualServiceCrd).Count;

    private static JsonElement Instance(string yaml) => JsonSerializer.SerializeToElement(YamlDocument.Parse(yaml).Document!.Root);

    private static string Embedded(string resource)
    {
        using var stream = typeof(CrdCatalog).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Dictionary<string, JsonSchema> OracleSchemas(string crdYaml)
    {
        var crd = YamlDocument.Parse(crdYaml).Document!.Root!.AsObject();
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var version in crd["spec"]!["versions"]!.AsArray().OfType<JsonObject>())
        {
            var name = version["name"]!.GetValue<string>();
            var converted = OpenApiSchemaConverter.ConvertRoot(version["schema"]!["openAPIV3Schema"]!.AsObject());
            schemas[name] = JsonSchema.Build(JsonSerializer.SerializeToElement(converted), new BuildOptions { SchemaRegistry = new SchemaRegistry() },
                new Uri($"https://manifests.invalid/bench/{name}"));
        }

        return schemas;
    }
}
