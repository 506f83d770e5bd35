using Manifests.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Manifests.Generator.Tests.Crds;

public sealed class ShippedCrdCompilationTests(ShippedCrdGeneration generation) : IClassFixture<ShippedCrdGeneration>
{
    [Fact]
    public void Every_shipped_crd_compiles_with_no_diagnostics_under_nullable()
    {
        var (run, output) = (generation.Run, generation.Output);

        Assert.Empty(run.Diagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void Every_served_version_of_every_shipped_kind_gets_one_source_named_by_namespace_and_kind()
    {
        var run = generation.Run;

        string[] expected =
        [
            .. new[] { "V1", "V1Alpha3", "V1Beta1" }.SelectMany(v => new[] { "DestinationRule", "Gateway", "ServiceEntry", "VirtualService" }
                .Select(kind => $"Manifests.Crds.Istio.Networking.{v}.{kind}.g.cs")),
            "Manifests.Crds.Argoproj.V1Alpha1.Application.g.cs",
            "Manifests.Crds.Argoproj.V1Alpha1.ApplicationSet.g.cs",
            "Manifests.Crds.Argoproj.V1Alpha1.AppProject.g.cs",
            "Manifests.Crds.Alibabacloud.Istio.V1Beta1.IstioGateway.g.cs",
        ];
        var actual = run.Results.Single().GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal);
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual);
    }

    [Fact]
    public void Kind_classes_implement_IKubernetesObject_and_default_apiVersion_and_kind()
    {
        var output = generation.Output;

        INamedTypeSymbol virtualService = output.GetTypeByMetadataName("Manifests.Crds.Istio.Networking.V1Alpha3.VirtualService")!;
        INamedTypeSymbol kubernetesObject = output.GetTypeByMetadataName("k8s.IKubernetesObject`1")!;
        Assert.Contains(virtualService.AllInterfaces, i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, kubernetesObject));
        Assert.Equal("networking.istio.io", Constant(virtualService, "KubeGroup"));
        Assert.Equal("v1alpha3", Constant(virtualService, "KubeApiVersion"));
        Assert.Equal("VirtualService", Constant(virtualService, "KubeKind"));
        Assert.Equal("virtualservices", Constant(virtualService, "KubePluralName"));
        Assert.NotNull(output.GetTypeByMetadataName("Manifests.Crds.Argoproj.V1Alpha1.Application"));
        Assert.NotNull(output.GetTypeByMetadataName("Manifests.Crds.Alibabacloud.Istio.V1Beta1.IstioGateway"));
    }

    private static object? Constant(INamedTypeSymbol type, string name) =>
        type.GetMembers(name).OfType<IFieldSymbol>().Single().ConstantValue;
}
