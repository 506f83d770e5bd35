using Manifests.Model;
using Manifests.Render;
using Manifests.Render.Build;
using Manifests.Render.Build.Ingress;
using Manifests.Render.Build.Routing;
using Manifests.Render.Build.Workloads;
using Manifests.Render.Emit;
using Manifests.Render.Place;
using Manifests.Tests.Support;

namespace Manifests.Tests.Place;

/// <summary>A placed object carries the declaration it comes from, so a problem in its file is reported at that C# line.</summary>
public sealed class PlacedObjectSourceTests
{
    [Fact]
    public void Every_placed_object_carries_the_source_of_the_declaration_it_is_built_from()
    {
        var mesh = ShopTopology.Declare();

        var placed = Placement.Place(mesh).SelectMany(p => p.Objects).ToList();

        Assert.Contains(placed, o => o is IngressRouteObject);
        Assert.Contains(placed, o => o is TrafficRouteObject);
        Assert.All(placed, o => Assert.Equal(DeclarationOf(o), o.Source));
        Assert.All(placed.Where(o => o is not NamespaceObject), o => Assert.True(o.Source.IsKnown, $"{o} has no source"));
    }

    [Fact]
    public void Every_rendered_file_of_a_placed_object_carries_the_objects_source()
    {
        var mesh = ShopTopology.Declare();
        var placed = Placement.Place(mesh)
            .SelectMany(p => p.Objects.Select(o => (Path: $"{p.Target.Name}/{ManifestEmitter.FileName(o.Build(mesh))}", o.Source)))
            .ToDictionary(e => e.Path, e => e.Source, StringComparer.Ordinal);

        var files = ManifestRenderer.Render(mesh, "Tests").Files.Where(f => placed.ContainsKey(f.Path)).ToList();

        Assert.Equal(placed.Count, files.Count);
        Assert.All(files, f => Assert.Equal(placed[f.Path], f.Source));
    }

    [Fact]
    public void A_routing_object_is_placed_only_for_a_service_whose_traffic_is_divided_by_weight()
    {
        var mesh = ShopTopology.Declare();
        var routed = mesh.Services.Where(s => s.Traffic is WeightedPolicy).Select(s => s.Name).ToList();

        var meshObjects = Placement.Place(mesh).Single(p => p.Target.Kind == TargetKind.Mesh).Objects;

        Assert.NotEmpty(routed);
        Assert.Equal(routed, meshObjects.OfType<DestinationRuleObject>().Select(o => o.Service.Name));
        Assert.Equal(routed, meshObjects.OfType<TrafficRouteObject>().Select(o => o.Service.Name));
        Assert.Contains(mesh.Services, s => s.Traffic is SpreadPolicy);
    }

    // Written out per kind, from the model: the expectation does not come from the records under test.
    private static SourceLocation DeclarationOf(PlacedObject placed) => placed switch
    {
        NamespaceObject => SourceLocation.None,
        ServiceObject s => s.Service.Source,
        ServiceAccountObject a => a.Service.Source,
        DeploymentObject d => d.Version.Source,
        IngressGatewayObject g => g.Gateway.Source,
        GatewayObject g => g.Gateway.Source,
        IngressRouteObject r => r.Route.Source,
        DestinationRuleObject d => d.Service.Source,
        TrafficRouteObject t => t.Service.Source,
        _ => throw new InvalidOperationException($"No expectation for {placed.GetType().Name}: add one."),
    };
}
