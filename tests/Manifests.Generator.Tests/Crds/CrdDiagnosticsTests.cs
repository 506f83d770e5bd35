using Manifests.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Manifests.Generator.Tests.Crds;

public sealed class CrdDiagnosticsTests
{
    private const string MinimalCrd = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: { name: widgets.example.com }
        spec:
          group: example.com
          names: { kind: Widget, plural: widgets }
          scope: Namespaced
          versions:
          - name: v1
            served: true
            storage: true
            schema:
              openAPIV3Schema:
                type: object
                properties:
                  spec:
                    type: object
                    properties:
                      size: { type: integer, format: int32 }
        """;

    [Fact]
    public void Malformed_yaml_in_a_crd_file_is_MCRD001_at_the_offending_line()
    {
        var (run, _) = CrdHarness.Run([GeneratorHarness.File("/crds/broken.yaml", "kind: CustomResourceDefinition\nspec:\n  group: [unclosed\n")]);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("MCRD001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/crds/broken.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.True(diagnostic.Location.GetLineSpan().StartLinePosition.Line >= 2);
        Assert.Empty(run.GeneratedTrees);
    }

    [Fact]
    public void A_served_version_without_a_schema_is_MCRD002_and_the_other_versions_are_still_generated()
    {
        string crd = MinimalCrd + "\n  - name: v2\n    served: true\n    storage: false\n";

        var (run, _) = CrdHarness.Run([GeneratorHarness.File("/crds/widgets.yaml", crd)]);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("MCRD002", diagnostic.Id);
        Assert.Contains("'widgets.example.com' version 'v2'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(["Manifests.Crds.Example.V1.Widget.g.cs"], run.Results.Single().GeneratedSources.Select(s => s.HintName));
    }

    [Fact]
    public void Without_KubernetesClient_there_is_one_MCRD003_and_no_generated_code()
    {
        var (run, output) = CrdHarness.Run(
            [GeneratorHarness.File("/crds/widgets.yaml", MinimalCrd), GeneratorHarness.File("/crds/more.yaml", MinimalCrd.Replace("widget", "gadget", StringComparison.OrdinalIgnoreCase))],
            CrdHarness.Compilation(withKubernetesClient: false));

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("MCRD003", diagnostic.Id);
        Assert.Empty(run.GeneratedTrees);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Without_KubernetesClient_and_without_crds_nothing_is_reported()
    {
        var (run, _) = CrdHarness.Run([GeneratorHarness.File("/config/values.yaml", "replicas: 2\n")], CrdHarness.Compilation(withKubernetesClient: false));

        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void A_crd_without_group_is_MCRD004()
    {
        var (run, _) = CrdHarness.Run([GeneratorHarness.File("/crds/widgets.yaml", MinimalCrd.Replace("  group: example.com\n", "", StringComparison.Ordinal))]);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("MCRD004", diagnostic.Id);
        Assert.Contains("spec.group", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Non_crd_documents_and_unserved_versions_are_skipped_and_several_crds_in_one_file_are_all_generated()
    {
        string file = "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: CustomResourceDefinition }\n---\n"
            + MinimalCrd.Replace("served: true", "served: false", StringComparison.Ordinal)
            + "\n---\n" + MinimalCrd.Replace("Widget", "Gadget", StringComparison.Ordinal).Replace("widgets", "gadgets", StringComparison.Ordinal)
            + "\n---\n";

        var (run, output) = CrdHarness.Run([GeneratorHarness.File("/crds/all.yml", file), GeneratorHarness.File("/notes.txt", MinimalCrd)]);

        Assert.Empty(run.Diagnostics);
        Assert.Equal(["Manifests.Crds.Example.V1.Gadget.g.cs"], run.Results.Single().GeneratedSources.Select(s => s.HintName));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden));
    }

    [Fact]
    public void The_same_crd_in_two_files_is_generated_once_from_the_first_path_and_MCRD005_names_the_other()
    {
        var (run, output) = CrdHarness.Run([GeneratorHarness.File("/crds/b/widgets.yaml", MinimalCrd), GeneratorHarness.File("/crds/a/widgets.yaml", MinimalCrd)]);

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("MCRD005", diagnostic.Id);
        Assert.Equal("/crds/b/widgets.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("'/crds/a/widgets.yaml'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(["Manifests.Crds.Example.V1.Widget.g.cs"], run.Results.Single().GeneratedSources.Select(s => s.HintName));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden));
    }
}
