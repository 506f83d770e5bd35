using Manifests.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Manifests.Generator.Tests.Crds;

/// <summary>
/// Before .NET 9 there is no <c>JsonStringEnumMemberNameAttribute</c>: string enums must then become string properties
/// with constants, and the code must still compile. KubernetesClient 21 targets .NET 8+, so its three types used here
/// are declared as stand-ins against the .NET 8 reference assemblies.
/// </summary>
public sealed class OlderTargetFrameworkTests
{
    private const string KubernetesClientStandIn = """
        namespace k8s
        {
            public interface IKubernetesObject { string ApiVersion { get; set; } string Kind { get; set; } }
            public interface IKubernetesObject<TMetadata> : IKubernetesObject { TMetadata Metadata { get; set; } }
        }
        namespace k8s.Models
        {
            public class V1ObjectMeta { public string? Name { get; set; } }
            public class IntOrString { public string? Value { get; set; } }
        }
        """;

    [Fact]
    public void On_net8_string_enums_become_string_properties_with_constants_and_compile_cleanly()
    {
        string crd = File.ReadAllText(RepositoryPaths.ShippedCrd("alibabacloud/istiogateways.istio.alibabacloud.com.yaml"));
        CSharpCompilation net8 = CSharpCompilation.Create(
            "Net8Consumer",
            [CSharpSyntaxTree.ParseText(KubernetesClientStandIn, GeneratorHarness.ParseOptions)],
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var (run, output) = CrdHarness.Run([GeneratorHarness.File("/crds/istiogateway.yaml", crd)], net8);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden));
        INamedTypeSymbol spec = output.GetTypeByMetadataName("Manifests.Crds.Alibabacloud.Istio.V1Beta1.IstioGatewaySpec")!;
        Assert.Equal("string?", GeneratedTypes.Display(spec.GetMembers("ServiceType").OfType<IPropertySymbol>().Single().Type));
        INamedTypeSymbol values = output.GetTypeByMetadataName("Manifests.Crds.Alibabacloud.Istio.V1Beta1.IstioGatewaySpecServiceType")!;
        Assert.True(values.IsStatic);
        Assert.Equal("LoadBalancer", values.GetMembers("LoadBalancer").OfType<IFieldSymbol>().Single().ConstantValue);
    }
}
