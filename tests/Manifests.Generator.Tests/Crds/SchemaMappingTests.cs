using Manifests.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using YamlDotNet.RepresentationModel;

namespace Manifests.Generator.Tests.Crds;

/// <summary>Generated properties against the upstream schemas in shared/reference (not the shipped copies).</summary>
public sealed class SchemaMappingTests : IClassFixture<ShippedCrdGeneration>
{
    private const string IstioFile = "istio/customresourcedefinitions.gen.yaml";
    private const string VirtualService = "Manifests.Crds.Istio.Networking.V1Alpha3.VirtualService";
    private const string DestinationRule = "Manifests.Crds.Istio.Networking.V1.DestinationRule";
    private readonly Compilation compilation;

    public SchemaMappingTests(ShippedCrdGeneration generation) => compilation = generation.Output;

    [Fact]
    public void VirtualService_route_destination_port_number_is_an_integer_wide_enough_for_the_upstream_maximum()
    {
        const string path = "spec.http[].route[].destination.port.number";
        YamlMappingNode upstream = UpstreamSchema.At(UpstreamSchema.Of(IstioFile, "virtualservices.networking.istio.io", "v1alpha3"), path);
        Assert.Equal("integer", UpstreamSchema.Scalar(upstream, "type"));
        Assert.Equal("4294967295", UpstreamSchema.Scalar(upstream, "maximum"));

        IPropertySymbol number = GeneratedTypes.At(compilation, VirtualService, path);

        Assert.Equal("long?", GeneratedTypes.Display(number.Type));
        Assert.Equal("Number", number.Name);
    }

    [Fact]
    public void VirtualService_hosts_is_an_optional_list_of_strings()
    {
        YamlMappingNode upstream = UpstreamSchema.At(UpstreamSchema.Of(IstioFile, "virtualservices.networking.istio.io", "v1alpha3"), "spec.hosts");
        Assert.Equal("array", UpstreamSchema.Scalar(upstream, "type"));
        Assert.Equal("string", UpstreamSchema.Scalar(UpstreamSchema.Map(upstream, "items"), "type"));

        IPropertySymbol hosts = GeneratedTypes.At(compilation, VirtualService, "spec.hosts");

        Assert.Equal("IList<string>?", GeneratedTypes.Display(hosts.Type));
        Assert.False(hosts.IsRequired);
    }

    [Fact]
    public void DestinationRule_subset_labels_is_a_map_of_strings_and_subset_name_is_required()
    {
        YamlMappingNode schema = UpstreamSchema.Of(IstioFile, "destinationrules.networking.istio.io", "v1");
        Assert.Equal("string", UpstreamSchema.Scalar(UpstreamSchema.At(schema, "spec.subsets[].labels{}"), "type"));
        Assert.Contains("name", UpstreamSchema.Required(UpstreamSchema.At(schema, "spec.subsets[]")));

        IPropertySymbol labels = GeneratedTypes.At(compilation, DestinationRule, "spec.subsets[].labels");
        IPropertySymbol name = GeneratedTypes.At(compilation, DestinationRule, "spec.subsets[].name");

        Assert.Equal("IDictionary<string, string>?", GeneratedTypes.Display(labels.Type));
        Assert.True(name.IsRequired);
        Assert.Equal("string", GeneratedTypes.Display(name.Type));
    }

    [Fact]
    public void Istio_string_enums_become_csharp_enums_serialized_by_their_upstream_strings()
    {
        const string path = "spec.trafficPolicy.tls.mode";
        YamlMappingNode upstream = UpstreamSchema.At(UpstreamSchema.Of(IstioFile, "destinationrules.networking.istio.io", "v1"), path);
        var upstreamValues = ((YamlSequenceNode)upstream["enum"]).Children.Select(v => ((YamlScalarNode)v).Value).ToList();

        ITypeSymbol mode = ((INamedTypeSymbol)GeneratedTypes.At(compilation, DestinationRule, path).Type).TypeArguments.Single();

        Assert.Equal(TypeKind.Enum, mode.TypeKind);
        var names = mode.GetMembers().OfType<IFieldSymbol>()
            .Select(f => f.GetAttributes().Single(a => a.AttributeClass!.Name == "JsonStringEnumMemberNameAttribute").ConstructorArguments[0].Value)
            .ToList();
        Assert.Equal(upstreamValues, names);
        Assert.Contains(mode.GetMembers(), m => m.Name == "IstioMutual");
    }

    [Theory]
    [InlineData(IstioFile, "virtualservices.networking.istio.io", "v1alpha3", VirtualService)]
    [InlineData(IstioFile, "virtualservices.networking.istio.io", "v1", "Manifests.Crds.Istio.Networking.V1.VirtualService")]
    [InlineData(IstioFile, "destinationrules.networking.istio.io", "v1", DestinationRule)]
    [InlineData(IstioFile, "gateways.networking.istio.io", "v1beta1", "Manifests.Crds.Istio.Networking.V1Beta1.Gateway")]
    [InlineData(IstioFile, "serviceentries.networking.istio.io", "v1", "Manifests.Crds.Istio.Networking.V1.ServiceEntry")]
    [InlineData("argocd/application-crd.yaml", "applications.argoproj.io", "v1alpha1", "Manifests.Crds.Argoproj.V1Alpha1.Application")]
    [InlineData("argocd/appproject-crd.yaml", "appprojects.argoproj.io", "v1alpha1", "Manifests.Crds.Argoproj.V1Alpha1.AppProject")]
    [InlineData("argocd/applicationset-crd.yaml", "applicationsets.argoproj.io", "v1alpha1", "Manifests.Crds.Argoproj.V1Alpha1.ApplicationSet")]
    public void Every_upstream_property_has_a_generated_property_of_the_matching_type(string file, string crd, string version, string typeName)
    {
        YamlMappingNode schema = UpstreamSchema.Of(file, crd, version);
        var checker = new SchemaConformance();

        checker.Check(compilation.GetTypeByMetadataName(typeName)!, schema, "", isRoot: true);

        Assert.True(checker.Problems.Count == 0, string.Join("\n", checker.Problems.Take(20)));
        Assert.True(checker.PropertiesChecked > 20, "only " + checker.PropertiesChecked + " properties checked");
    }
}
