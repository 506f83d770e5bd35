using System.Text.Json;
using System.Text.Json.Nodes;
using Manifests.Render.Emit;
using Manifests.Rules;

namespace Manifests.Render.Validate;

/// <summary>
/// The one validator of rendered objects, for both ways an object reaches it: the render hands over each
/// object as the JSON it is about to write as YAML (and the typed object it was built from), and
/// <c>manifests validate</c> hands over YAML files read back from disk. Either way the object is judged as
/// Kubernetes would judge it: core kinds by KubernetesClient's models and the API server's own rules, custom
/// kinds by the compiled schema of the CRD the product ships. Thread-safe: the render validates on every core.
/// </summary>
public sealed class ManifestValidator
{
    private static readonly IReadOnlyList<ValidationProblem> None = [];

    private readonly CrdCatalog _crds = CrdCatalog.Shipped;

    /// <summary>Every problem of every file, in file order; also two objects meant for one file.</summary>
    public IReadOnlyList<ValidationProblem> Validate(IReadOnlyList<RenderedFile> files)
    {
        var problems = Collisions(files).ToList();
        var perFile = new IReadOnlyList<ValidationProblem>[files.Count];
        Parallel.For(0, files.Count, i => perFile[i] = ValidateFile(files[i].Path, files[i].Content));
        problems.AddRange(perFile.SelectMany(p => p));
        return problems;
    }

    /// <summary>Two files at one path: two declarations produce the same object, and only one file can hold it.</summary>
    internal static IReadOnlyList<ValidationProblem> Collisions(IReadOnlyList<RenderedFile> files)
    {
        List<ValidationProblem>? problems = null;
        var first = new Dictionary<string, RenderedFile>(files.Count, StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!first.TryAdd(file.Path, file))
            {
                var (document, _) = YamlDocument.Parse(file.Content);
                var kind = Text(document?.Root?["kind"]) ?? "object";
                var name = Text(document?.Root?["metadata"]?["name"]) ?? "(no name)";
                (problems ??= []).Add(new ValidationProblem(RuleDescriptors.NameCollision, file.Path, $"{kind} {name}", "metadata.name",
                    $"two different declarations ({first[file.Path].Source} and {file.Source}) both produce this {kind}, and only one file can hold it"));
            }
        }

        return problems ?? None;
    }

    /// <summary>The problems of one YAML file: <paramref name="path"/> names it in messages.</summary>
    public IReadOnlyList<ValidationProblem> ValidateFile(string path, string content)
    {
        var (document, error) = YamlDocument.Parse(content);
        if (document?.Root is not JsonObject root)
        {
            return [new ValidationProblem(RuleDescriptors.InvalidObject, path, "(unreadable)", "(file)", error ?? "is not a YAML mapping")];
        }

        return ValidateObject(path, JsonSerializer.SerializeToElement(root), built: null);
    }

    /// <summary>
    /// The problems of a core object the render built, judged on its typed form with the rules and messages its
    /// JSON tree would get, when that is possible: <paramref name="onlyPlainStrings"/> says its writer saw no string
    /// value that needs a look (<see cref="StringValueChecks.IsPlainSafe(ReadOnlySpan{char})"/>). Null when only the
    /// tree can tell: a custom kind (checked by its CRD's schema), or a string to check with its field path.
    /// </summary>
    internal static IReadOnlyList<ValidationProblem>? ValidateBuilt(string path, object built, bool onlyPlainStrings)
    {
        if (!onlyPlainStrings || built is not k8s.IKubernetesObject<k8s.Models.V1ObjectMeta> { ApiVersion: { } apiVersion, Kind: { } kind } typed
            || kind == "Secret" || !CoreObjectChecks.Knows(apiVersion, kind))
        {
            return null;
        }

        var metadata = typed.Metadata;
        var sink = new ProblemSink(path, () => $"{kind} {(metadata?.NamespaceProperty is { } ns ? ns + "/" : "")}{metadata?.Name ?? "(no name)"}", RuleDescriptors.InvalidObject);
        ObjectMetadataChecks.Check(metadata, kind, sink);
        CoreObjectChecks.Check(apiVersion, kind, default, built, sink);
        return sink.Problems;
    }

    /// <summary>
    /// The problems of one object, given as the JSON Kubernetes would see. <paramref name="built"/> is the typed
    /// object the JSON was serialized from, when there is one: its types are then known to fit, so core kinds
    /// skip the strict round trip through the models and go straight to the API server's rules.
    /// <paramref name="onlyPlainStrings"/> says its writer saw only strings that need no look
    /// (<see cref="StringValueChecks.IsPlainSafe(ReadOnlySpan{char})"/>), so they are not walked again.
    /// </summary>
    internal IReadOnlyList<ValidationProblem> ValidateObject(string path, JsonElement root, object? built, bool onlyPlainStrings = false)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return [new ValidationProblem(RuleDescriptors.InvalidObject, path, "(unreadable)", "(file)", "is not a YAML mapping")];
        }

        var apiVersion = Text(root, "apiVersion");
        var kind = Text(root, "kind");
        if (apiVersion == "kustomize.config.k8s.io/v1beta1" && kind == "Kustomization")
        {
            return None;
        }

        var metadata = root.TryGetProperty("metadata"u8, out var m) ? m : default;
        var name = Text(metadata, "name");
        var ns = Text(metadata, "namespace");
        var sink = new ProblemSink(path, () => $"{kind ?? "(no kind)"} {(ns is null ? "" : ns + "/")}{name ?? "(no name)"}", RuleDescriptors.InvalidObject);
        if (apiVersion is null || kind is null)
        {
            sink.Add(apiVersion is null ? "apiVersion" : "kind", "is required");
            return sink.Problems;
        }

        if (kind == "Secret" && (root.TryGetProperty("data"u8, out _) || root.TryGetProperty("stringData"u8, out _)))
        {
            sink.Add(RuleDescriptors.SecretData, root.TryGetProperty("data"u8, out _) ? "data" : "stringData", "a Secret's values would be written into the manifests");
        }

        if (!onlyPlainStrings)
        {
            StringValueChecks.Check(root, sink);
        }

        ObjectMetadataChecks.Check(root, kind, sink);
        var slash = apiVersion.IndexOf('/');
        var (group, version) = slash < 0 ? ("", apiVersion) : (apiVersion[..slash], apiVersion[(slash + 1)..]);
        if (CoreObjectChecks.Knows(apiVersion, kind))
        {
            CoreObjectChecks.Check(apiVersion, kind, root, built, sink);
        }
        else if (CrdCatalog.Knows(group, kind))
        {
            CheckCustomResource(root, group, version, kind, sink);
        }
        else
        {
            sink.Add(RuleDescriptors.SchemaViolation, "apiVersion", $"no schema ships for {apiVersion} {kind}: add its CRD to crds/ or emit a kind the product knows");
        }

        return sink.Problems;
    }

    private void CheckCustomResource(JsonElement root, string group, string version, string kind, ProblemSink sink)
    {
        var schema = _crds.Find(group, version, kind);
        if (schema is null)
        {
            sink.Add(RuleDescriptors.SchemaViolation, "apiVersion", $"the shipped CRD for {kind} serves {string.Join(", ", _crds.Versions(group, kind))}, not {version}");
            return;
        }

        // The schema's problems are already the most specific ones, once each.
        foreach (var problem in schema.Validate(root))
        {
            sink.Add(RuleDescriptors.SchemaViolation, problem.Path, $"{problem.Message} ({problem.Keyword}, per the {group}/{version} {kind} CRD)");
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string? Text(JsonElement map, string property) =>
        map.ValueKind == JsonValueKind.Object && map.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
