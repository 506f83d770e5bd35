using Manifests.Diagnostics.Tests.Infrastructure;
using Manifests.Render;
using YamlDotNet.RepresentationModel;

namespace Manifests.Diagnostics.Tests.Rules;

/// <summary>
/// A page may end with a <c>## Renders</c> section: the objects its right snippet gives, written from the upstream
/// document the section names (Istio's or Kubernetes' own example), never from this code's output. The right snippet
/// is rendered for real and every key and value of each expected object must be in the rendered object of the same
/// kind, namespace and name (the rendered one may say more: labels, defaults).
/// </summary>
public sealed class DiagnosticPageRenderTests
{
    public static TheoryData<string> PagesWithRenders() =>
        [.. Manifests.Rules.RuleDescriptors.All.Select(r => r.Id).Where(id => DiagnosticPages.Renders(id) is not null)];

    [Theory]
    [MemberData(nameof(PagesWithRenders))]
    public void Right_snippet_renders_the_objects_its_page_shows(string id)
    {
        var compilation = TopologyHarness.Compilation(GeneratorHarness.Tree("ShopTopology.cs", TopologyHarness.TopologyClass(DiagnosticPages.Right(id))));
        var result = ManifestRenderer.Render(TopologyHarness.Declare(compilation), "shop");
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Findings.Select(f => f.ToMsBuildFormat())));

        var rendered = result.Files
            .Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal) && !f.Path.EndsWith("kustomization.yaml", StringComparison.Ordinal))
            .Select(f => Documents(f.Content).Single())
            .ToList();
        var expected = Documents(DiagnosticPages.Renders(id)!);
        Assert.NotEmpty(expected);
        foreach (var document in expected)
        {
            var key = Key(document);
            var match = rendered.Where(r => Key(r) == key).ToList();
            Assert.True(match.Count == 1, $"{DiagnosticPages.PagePath(id)}: the render has {match.Count} objects {key}.");
            AssertContains(document, match[0], key);
        }
    }

    private static List<YamlMappingNode> Documents(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return [.. stream.Documents.Select(d => (YamlMappingNode)d.RootNode)];
    }

    private static string Key(YamlMappingNode root)
    {
        var metadata = (YamlMappingNode)root["metadata"];
        var ns = metadata.Children.TryGetValue("namespace", out var value) ? value.ToString() : "default";
        return $"{root["kind"]} {ns}/{metadata["name"]}";
    }

    // Maps: every expected key with a contained value. Lists: the same length, item by item. Scalars: equal text.
    private static void AssertContains(YamlNode expected, YamlNode actual, string path)
    {
        switch (expected)
        {
            case YamlMappingNode map:
                var actualMap = Assert.IsType<YamlMappingNode>(actual);
                foreach (var (key, value) in map.Children)
                {
                    Assert.True(actualMap.Children.TryGetValue(key, out var found), $"{path}: '{key}' is missing.");
                    AssertContains(value, found!, $"{path}.{key}");
                }

                break;
            case YamlSequenceNode list:
                var actualList = Assert.IsType<YamlSequenceNode>(actual);
                Assert.True(list.Children.Count == actualList.Children.Count, $"{path}: {actualList.Children.Count} items, expected {list.Children.Count}.");
                for (var i = 0; i < list.Children.Count; i++)
                {
                    AssertContains(list.Children[i], actualList.Children[i], $"{path}[{i}]");
                }

                break;
            default:
                Assert.True(expected.ToString() == actual.ToString(), $"{path}: '{actual}', expected '{expected}'.");
                break;
        }
    }
}
