using Manifests.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Manifests.Generator.Tests.Crds;

public sealed class CrdNamingTests
{
    private const string AwkwardCrd = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: { name: oddities.my-team.example.co }
        spec:
          group: my-team.example.co
          names: { kind: Oddity, plural: oddities }
          scope: Namespaced
          versions:
          - name: v2beta10
            served: true
            storage: true
            schema:
              openAPIV3Schema:
                type: object
                properties:
                  spec:
                    type: object
                    required: [class]
                    properties:
                      class: { type: string, description: "Uses <angle> & ampersand" }
                      x-forwarded-for: { type: string }
                      2fa: { type: boolean }
                      equals: { type: string }
                      odditySpec: { type: string }
                      kind: { type: string }
                      count: { type: integer }
                      ratio: { type: number }
                      level:
                        type: string
                        enum: [LOW_LEVEL, high, "", "1.0", "high-er"]
                      anything:
                        type: object
                        x-kubernetes-preserve-unknown-fields: true
                  kind2: { type: string }
        """;

    [Fact]
    public void Namespace_is_root_then_group_labels_reversed_without_tld_then_version()
    {
        var (run, output) = CrdHarness.Run([GeneratorHarness.File("/crds/odd.yaml", AwkwardCrd)]);

        Assert.Equal(["Manifests.Crds.Example.MyTeam.V2Beta10.Oddity.g.cs"], run.Results.Single().GeneratedSources.Select(s => s.HintName));
        Assert.NotNull(output.GetTypeByMetadataName("Manifests.Crds.Example.MyTeam.V2Beta10.Oddity"));
    }

    [Fact]
    public void The_root_namespace_comes_from_the_ManifestsCrdNamespace_property()
    {
        GeneratorDriver driver = CrdHarness.Driver([GeneratorHarness.File("/crds/odd.yaml", AwkwardCrd)], rootNamespace: "Acme.Kube")
            .RunGeneratorsAndUpdateCompilation(CrdHarness.Compilation(), out Compilation output, out _);

        Assert.NotNull(output.GetTypeByMetadataName("Acme.Kube.Example.MyTeam.V2Beta10.Oddity"));
        Assert.Empty(driver.GetRunResult().Diagnostics);
    }

    [Fact]
    public void Keywords_odd_json_names_and_clashing_names_become_valid_distinct_members_that_compile_cleanly()
    {
        var (_, output) = CrdHarness.Run([GeneratorHarness.File("/crds/odd.yaml", AwkwardCrd)]);

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden));
        INamedTypeSymbol spec = output.GetTypeByMetadataName("Manifests.Crds.Example.MyTeam.V2Beta10.OdditySpec")!;
        var names = spec.GetMembers().OfType<IPropertySymbol>().ToDictionary(p => GeneratedTypes.JsonName(p)!, p => p.Name);
        Assert.Equal("Class", names["class"]);
        Assert.Equal("XForwardedFor", names["x-forwarded-for"]);
        Assert.Equal("_2fa", names["2fa"]);
        Assert.Equal("EqualsValue", names["equals"]);
        Assert.Equal("OdditySpecValue", names["odditySpec"]);
        Assert.Equal("Kind", names["kind"]);
        Assert.Equal("long?", GeneratedTypes.Display(spec.GetMembers("Count").OfType<IPropertySymbol>().Single().Type));
        Assert.Equal("double?", GeneratedTypes.Display(spec.GetMembers("Ratio").OfType<IPropertySymbol>().Single().Type));
        Assert.Equal("System.Text.Json.Nodes.JsonNode?", spec.GetMembers("Anything").OfType<IPropertySymbol>().Single().Type.ToDisplayString());

        INamedTypeSymbol oddity = output.GetTypeByMetadataName("Manifests.Crds.Example.MyTeam.V2Beta10.Oddity")!;
        Assert.Equal("Kind2", oddity.GetMembers().OfType<IPropertySymbol>().Single(p => GeneratedTypes.JsonName(p) == "kind2").Name);

        INamedTypeSymbol level = output.GetTypeByMetadataName("Manifests.Crds.Example.MyTeam.V2Beta10.OdditySpecLevel")!;
        Assert.Equal(["LowLevel", "High", "Empty", "_1_0", "HighEr"], level.GetMembers().OfType<IFieldSymbol>().Select(f => f.Name));
    }

    [Fact]
    public void Descriptions_become_escaped_xml_docs()
    {
        var (run, _) = CrdHarness.Run([GeneratorHarness.File("/crds/odd.yaml", AwkwardCrd)]);

        string source = run.Results.Single().GeneratedSources.Single().SourceText.ToString();
        Assert.Contains("/// <summary>Uses &lt;angle&gt; &amp; ampersand</summary>", source, StringComparison.Ordinal);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose));
        Assert.Empty(tree.GetDiagnostics());
    }
}
