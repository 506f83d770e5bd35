using Manifests.Reliability.Tests.Support;
using Manifests.Render;
using Manifests.Render.Write;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Manifests.Reliability.Tests.Emit;

/// <summary>Every adversarial string goes through the public model and the render and is read back as exactly itself.</summary>
public sealed class ExactYamlTests
{
    [Fact]
    public void The_corpus_has_over_100_distinct_strings_including_a_10000_character_one()
    {
        Assert.True(CorpusMesh.Values.Count >= 100, $"only {CorpusMesh.Values.Count} strings");
        Assert.Contains(CorpusMesh.Values, v => v.Length == 10_000);
        Assert.True(CorpusMesh.LabelValues.Count >= 30, $"only {CorpusMesh.LabelValues.Count} label values");
    }

    [Fact]
    public void Every_string_reads_back_unchanged_with_YamlDotNet_and_no_plain_scalar_resolves_to_another_type()
    {
        var result = ManifestRenderer.Render(CorpusMesh.Build(), "Corpus");
        Assert.True(result.Succeeded, string.Join("\n", result.Findings.Select(f => f.ToMsBuildFormat())));
        var files = result.Files.ToDictionary(f => f.Path, f => f.Content);

        var documents = new[] { "c1/deployment-corpus-v1.yaml", "c1/service-corpus.yaml", "mesh/virtualservice-corpus.yaml" }
            .Select(path => Load(files[path]).Single());
        AssertCorpus(documents.ToList(), ourOutput: true);
    }

    [SkippableFact]
    public void Every_string_reads_back_unchanged_after_kubectl_kustomize()
    {
        Skip.If(ExternalTools.Kubectl is null, ExternalTools.KubectlMissing);
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("out");
        var result = ManifestRenderer.Render(CorpusMesh.Build(), "Corpus");
        Assert.True(result.Succeeded);
        ManifestWriter.Write(root, result.Files);

        // One kustomize run over a folder that holds every corpus object (a user's file beside the rendered ones).
        File.WriteAllText(Path.Combine(root, "kustomization.yaml"), "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- c1\n- mesh\n");
        var built = Load(ExternalTools.KubectlKustomize(root));

        // kustomize writes with its own (YAML 1.2) style, e.g. 1.15.0 plain: only the values are ours to check there.
        AssertCorpus(built.Where(d => Name(d) == "corpus" || Name(d) == "corpus-v1").ToList(), ourOutput: false);
    }

    public static TheoryData<int> NotCarriable() => [.. Enumerable.Range(0, AdversarialStrings.NotCarriable.Count)];

    [Theory]
    [MemberData(nameof(NotCarriable))]
    public void A_string_kubectl_cannot_carry_is_refused_at_render_naming_the_field(int index)
    {
        var value = AdversarialStrings.NotCarriable[index];
        var mesh = SmallMesh.Valid with
        {
            Services = [SmallMesh.Shop with { Annotations = new Dictionary<string, string> { ["example.com/note"] = value } }, SmallMesh.Stock],
        };

        var result = ManifestRenderer.Render(mesh, "Corpus");

        Assert.Empty(result.Files);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("MESH025", finding.Rule.Id);
        Assert.StartsWith("mesh.Services[0].Annotations[\"example.com/note\"] holds ", finding.Message);
        Assert.Contains("kubectl and kustomize cannot carry", finding.Message);
        Assert.Contains("SmallMesh.cs(", finding.ToMsBuildFormat());
    }

    private static void AssertCorpus(List<YamlMappingNode> documents, bool ourOutput)
    {
        var deployment = documents.Single(d => Kind(d) == "Deployment");
        var service = documents.Single(d => Kind(d) == "Service");
        var route = documents.Single(d => Kind(d) == "VirtualService");
        var failures = new List<string>();
        var values = CorpusMesh.Values;

        var annotations = Map(deployment, "metadata", "annotations");
        var container = (YamlMappingNode)((YamlSequenceNode)Map(deployment, "spec", "template", "spec")["containers"])[0];
        var env = ((YamlSequenceNode)container["env"]).Cast<YamlMappingNode>()
            .ToDictionary(e => ((YamlScalarNode)e["name"]).Value!, e => e.Children.TryGetValue(new YamlScalarNode("value"), out var v) ? (YamlScalarNode)v : null);
        var hosts = ((YamlSequenceNode)Map(route, "spec")["hosts"]).Cast<YamlScalarNode>().ToList();
        for (var i = 0; i < values.Count; i++)
        {
            Check(failures, ourOutput, $"annotation {i}", values[i], annotations.Children.TryGetValue(new YamlScalarNode(CorpusMesh.AnnotationKey(i)), out var a) ? (YamlScalarNode)a : null);
            Check(failures, ourOutput, $"env {i}", values[i], env.GetValueOrDefault(CorpusMesh.EnvName(i)));
            Check(failures, ourOutput, $"host {i}", values[i], i < hosts.Count ? hosts[i] : null);
        }

        var serviceLabels = Map(service, "metadata", "labels");
        var podLabels = Map(deployment, "spec", "template", "metadata", "labels");
        for (var i = 0; i < CorpusMesh.LabelValues.Count; i++)
        {
            var key = new YamlScalarNode(CorpusMesh.LabelKey(i));
            Check(failures, ourOutput, $"service label {i}", CorpusMesh.LabelValues[i], serviceLabels.Children.TryGetValue(key, out var s) ? (YamlScalarNode)s : null);
            Check(failures, ourOutput, $"pod label {i}", CorpusMesh.LabelValues[i], podLabels.Children.TryGetValue(key, out var p) ? (YamlScalarNode)p : null);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static void Check(List<string> failures, bool ourOutput, string what, string expected, YamlScalarNode? actual)
    {
        var shown = Show(expected);
        if (actual is null)
        {
            // Kubernetes itself drops an env var's empty value; kustomize may too. Absent is only fine for "".
            if (expected.Length != 0 || !what.StartsWith("env", StringComparison.Ordinal))
            {
                failures.Add($"{what} ({shown}): missing");
            }

            return;
        }

        if (actual.Value != expected)
        {
            failures.Add($"{what}: expected {shown}, read {Show(actual.Value ?? "<null>")} ({actual.Style})");
        }
        else if (ourOutput && actual.Style == ScalarStyle.Plain && Yaml11Resolver.NonStringType(expected) is { } type)
        {
            failures.Add($"{what}: {shown} is written plain, so a YAML 1.1 reader takes it for a {type}");
        }
    }

    private static string Show(string value) =>
        "\"" + string.Concat(value.Take(60).Select(c => c < 0x20 || c == 0x7f ? $"\\x{(int)c:X2}" : c.ToString())) + (value.Length > 60 ? $"…\" ({value.Length} chars)" : "\"");

    private static List<YamlMappingNode> Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().ToList();
    }

    private static YamlMappingNode Map(YamlMappingNode node, params string[] path) =>
        path.Aggregate(node, (current, key) => (YamlMappingNode)current[key]);

    private static string? Kind(YamlMappingNode document) => (document["kind"] as YamlScalarNode)?.Value;

    private static string? Name(YamlMappingNode document) => (Map(document, "metadata")["name"] as YamlScalarNode)?.Value;
}
