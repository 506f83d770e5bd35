using System.Text.Json;
using System.Text.Json.Nodes;
using Manifests.Reliability.Tests.Support;
using Manifests.Reliability.Tests.Validate.Oracle;
using Manifests.Render.Validate;

namespace Manifests.Reliability.Tests.Validate;

/// <summary>
/// The product's compiled CRD schemas (<see cref="CrdSchema"/>) against JsonSchema.Net on the converted schema
/// (<see cref="JsonSchemaOracle"/>): the committed Bookinfo output, and objects made from every served version
/// of every shipped CRD and then broken one keyword at a time (<see cref="SchemaMutations"/>). The two must
/// agree on validity and on where the problems are: the same deepest failing fields, and no field the oracle
/// does not also name.
/// </summary>
public sealed class CompiledSchemaDifferentialTests
{
    // Fields mutated per kind and version: every CRD is covered from end to end, and the whole theory runs in seconds.
    private const int FieldsPerVersion = 90;

    public static TheoryData<string, string> ShippedVersions()
    {
        var data = new TheoryData<string, string>();
        foreach (var resource in CrdCatalog.Files.Values.Order(StringComparer.Ordinal))
        {
            foreach (var version in JsonSchemaOracle.ServedVersions(resource))
            {
                data.Add(resource, version);
            }
        }

        return data;
    }

    public static TheoryData<string> CommittedCustomObjects() =>
    [
        .. new[] { "mesh", "argocd" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "manifests-out", folder), "*.yaml", SearchOption.AllDirectories))
            .Where(file => Path.GetFileName(file) != "kustomization.yaml")
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(ShippedVersions))]
    public void Compiled_schema_agrees_with_JsonSchema_Net_on_objects_made_and_broken_from_the_CRD(string resource, string version)
    {
        var (group, kind, _) = CrdSchemaNames(resource);
        var oracle = JsonSchemaOracle.For(resource, version);
        var compiled = CrdCatalog.Shipped.Find(group, version, kind)!;
        var cases = SchemaMutations.For(oracle.OpenApi, $"{group}/{version}", kind, FieldsPerVersion).ToList();

        var disagreements = cases.Select(c => Disagreement(oracle, compiled, c.Description, c.Instance)).OfType<string>().ToList();

        Assert.True(cases.Count > 20, $"only {cases.Count} cases were made from {resource} {version}");
        // The sample fills every required field and respects every bound: what breaks a mutation is the mutation.
        Assert.Empty(compiled.Validate(JsonSerializer.SerializeToElement(cases[0].Instance)));
        Assert.True(cases.Count(c => !compiled.IsValid(JsonSerializer.SerializeToElement(c.Instance))) > cases.Count * 3 / 4, "most mutations should break the object");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {cases.Count} objects judged differently:\n" + string.Join("\n", disagreements.Take(15)));
    }

    [Theory]
    [MemberData(nameof(CommittedCustomObjects))]
    public void Committed_custom_objects_are_valid_to_both(string file)
    {
        var (document, error) = YamlDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, file)));
        var root = Assert.IsType<JsonObject>(document?.Root, exactMatch: false);
        var apiVersion = root["apiVersion"]!.GetValue<string>();
        var kind = root["kind"]!.GetValue<string>();
        var group = apiVersion[..apiVersion.IndexOf('/')];
        var version = apiVersion[(apiVersion.IndexOf('/') + 1)..];

        var oracle = JsonSchemaOracle.For(CrdCatalog.Files[(group, kind)], version);
        var compiled = CrdCatalog.Shipped.Find(group, version, kind)!;

        Assert.Null(error);
        Assert.Empty(compiled.Validate(JsonSerializer.SerializeToElement(root)));
        Assert.Null(Disagreement(oracle, compiled, file, root));
    }

    [Fact]
    public void The_comparison_sees_a_difference_of_one_field()
    {
        // The harness itself: a field the oracle refuses and a compiled schema that accepts it must be a disagreement.
        var strict = new CrdSchema("example.com", "v1", "Thing", JsonDocument.Parse("""{"type":"object","properties":{"spec":{"type":"object","properties":{"n":{"type":"integer"}}}}}""").RootElement);
        var oracle = JsonSchemaOracle.For(CrdCatalog.Files[("networking.istio.io", "Gateway")], "v1");
        var gateway = JsonNode.Parse("""{"apiVersion":"networking.istio.io/v1","kind":"Gateway","metadata":{"name":"g"},"spec":{"servers":[{"port":{"number":"eighty","name":"http","protocol":"HTTP"},"hosts":["*"]}]}}""")!;

        Assert.NotNull(Disagreement(oracle, strict, "a Gateway judged by another schema", gateway));
    }

    private static string? Disagreement(JsonSchemaOracle oracle, CrdSchema compiled, string description, JsonNode instance)
    {
        var element = JsonSerializer.SerializeToElement(instance);
        var (oracleValid, oracleErrors) = oracle.Evaluate(element);
        var problems = compiled.Validate(element);
        if (oracleValid != compiled.IsValid(element) || oracleValid != (problems.Count == 0))
        {
            return $"{description}: JsonSchema.Net says {(oracleValid ? "valid" : "invalid")}, the compiled schema {(problems.Count == 0 ? "valid" : "invalid")} " +
                $"({string.Join("; ", oracleErrors.Select(e => $"{e.Path} {e.Keyword}"))} | {string.Join("; ", problems.Select(p => $"{p.Path} {p.Keyword}: {p.Message}"))})";
        }

        // JsonSchema.Net names the object that lacks a required field; the compiled schema names the field, as Kubernetes does.
        var ours = problems.Select(p => p.Keyword == "required" ? Parent(p.Path) : p.Path).ToHashSet(StringComparer.Ordinal);
        var theirs = oracleErrors.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var deepestOurs = Deepest(ours);
        var deepestTheirs = Deepest(theirs);
        var invented = ours.Where(p => !theirs.Contains(p)).ToList();
        if (!deepestOurs.SetEquals(deepestTheirs) || invented.Count > 0)
        {
            return $"{description}: deepest failing fields differ: JsonSchema.Net [{string.Join(", ", deepestTheirs.Order())}], " +
                $"compiled [{string.Join(", ", deepestOurs.Order())}]{(invented.Count > 0 ? $", named only by the compiled schema [{string.Join(", ", invented)}]" : "")} " +
                $"({string.Join("; ", problems.Select(p => $"{p.Path} {p.Keyword}: {p.Message}"))})";
        }

        return null;
    }

    // The fields no other failing field lies under.
    private static HashSet<string> Deepest(HashSet<string> paths) =>
        paths.Where(p => !paths.Any(q => q != p && IsUnder(q, p))).ToHashSet(StringComparer.Ordinal);

    private static bool IsUnder(string path, string parent) => parent == "(root)"
        ? path != "(root)"
        : path.Length > parent.Length && path.StartsWith(parent, StringComparison.Ordinal) && path[parent.Length] is '.' or '[';

    private static string Parent(string path)
    {
        var cut = path.EndsWith("\"]", StringComparison.Ordinal) ? path.LastIndexOf("[\"", StringComparison.Ordinal) : path.LastIndexOf('.');
        return cut <= 0 ? "(root)" : path[..cut];
    }

    private static (string Group, string Kind, string Resource) CrdSchemaNames(string resource)
    {
        var ((group, kind), _) = CrdCatalog.Files.Single(f => f.Value == resource);
        return (group, kind, resource);
    }
}
