using System.Text.Json;
using System.Text.Json.Nodes;
using Manifests.Render.Emit;
using Manifests.Rules;

namespace Manifests.Render.Validate;

/// <summary>
/// The one validator of rendered objects. It reads back the YAML text that would be written (not the
/// objects it was made from), so it also catches a fault of the emitter: core kinds go through a strict
/// round trip and Kubernetes' own rules, custom kinds through the JSON Schema of the CRD the product ships.
/// </summary>
public sealed class ManifestValidator
{
    private readonly CrdCatalog _crds = CrdCatalog.Shipped;

    /// <summary>Every problem of every file, in file order; also two objects meant for one file.</summary>
    public IReadOnlyList<ValidationProblem> Validate(IReadOnlyList<RenderedFile> files)
    {
        var problems = new List<ValidationProblem>();
        var first = new Dictionary<string, RenderedFile>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!first.TryAdd(file.Path, file))
            {
                var (document, _) = YamlDocument.Parse(file.Content);
                var kind = Text(document?.Root?["kind"]) ?? "object";
                var name = Text(document?.Root?["metadata"]?["name"]) ?? "(no name)";
                problems.Add(new ValidationProblem(RuleDescriptors.NameCollision, file.Path, $"{kind} {name}", "metadata.name",
                    $"two different declarations ({first[file.Path].Source} and {file.Source}) both produce this {kind}, and only one file can hold it"));
            }
        }

        var perFile = new IReadOnlyList<ValidationProblem>[files.Count];
        Parallel.For(0, files.Count, i => perFile[i] = ValidateFile(files[i].Path, files[i].Content));
        problems.AddRange(perFile.SelectMany(p => p));
        return problems;
    }

    /// <summary>The problems of one file: <paramref name="path"/> names it in messages.</summary>
    public IReadOnlyList<ValidationProblem> ValidateFile(string path, string content)
    {
        var (document, error) = YamlDocument.Parse(content);
        if (document?.Root is not JsonObject root)
        {
            return [new ValidationProblem(RuleDescriptors.InvalidObject, path, "(unreadable)", "(file)", error ?? "is not a YAML mapping")];
        }

        var apiVersion = Text(root["apiVersion"]);
        var kind = Text(root["kind"]);
        var name = Text(root["metadata"]?["name"]);
        var ns = Text(root["metadata"]?["namespace"]);
        var objectName = $"{kind ?? "(no kind)"} {(ns is null ? "" : ns + "/")}{name ?? "(no name)"}";
        var sink = new ProblemSink(path, objectName, RuleDescriptors.InvalidObject);
        if (apiVersion is null || kind is null)
        {
            sink.Add(apiVersion is null ? "apiVersion" : "kind", "is required");
            return sink.Problems;
        }

        if (apiVersion == "kustomize.config.k8s.io/v1beta1" && kind == "Kustomization")
        {
            return sink.Problems;
        }

        if (kind == "Secret" && (root.ContainsKey("data") || root.ContainsKey("stringData")))
        {
            sink.Add(RuleDescriptors.SecretData, root.ContainsKey("data") ? "data" : "stringData", "a Secret's values would be written into the manifests");
        }

        CheckStrings(root, "", sink);
        ObjectMetadataChecks.Check(root, kind, sink);
        var slash = apiVersion.IndexOf('/');
        var (group, version) = slash < 0 ? ("", apiVersion) : (apiVersion[..slash], apiVersion[(slash + 1)..]);
        if (CoreObjectChecks.Knows(apiVersion, kind))
        {
            CoreObjectChecks.Check(apiVersion, kind, root, sink);
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

    private void CheckCustomResource(JsonObject root, string group, string version, string kind, ProblemSink sink)
    {
        var schema = _crds.Find(group, version, kind);
        if (schema is null)
        {
            sink.Add(RuleDescriptors.SchemaViolation, "apiVersion", $"the shipped CRD for {kind} serves {string.Join(", ", _crds.Versions(group, kind))}, not {version}");
            return;
        }

        // The schema's problems are already the most specific ones, once each.
        foreach (var problem in schema.Validate(JsonSerializer.SerializeToElement(root)))
        {
            sink.Add(RuleDescriptors.SchemaViolation, problem.Path, $"{problem.Message} ({problem.Keyword}, per the {group}/{version} {kind} CRD)");
        }
    }

    // Every string value: no credential shapes, and only characters that kubectl and kustomize carry unchanged.
    private static void CheckStrings(JsonNode? node, string path, ProblemSink sink)
    {
        switch (node)
        {
            case JsonObject map:
                foreach (var (key, value) in map)
                {
                    CheckStrings(value, FieldPath.Key(path, key), sink);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    CheckStrings(array[i], FieldPath.Index(path, i), sink);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                if (CredentialShapes.Match(text) is { } shape)
                {
                    sink.Add(RuleDescriptors.CredentialValue, path, $"holds what looks like {shape}, which would be written into the manifests in clear");
                }

                if (CarriedCharacters.FirstUncarried(text) is { } bad)
                {
                    sink.Add(path, $"holds {bad}, which kubectl and kustomize cannot carry unchanged (they refuse the file or turn it into a line break)");
                }

                break;
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
