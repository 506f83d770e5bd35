using Manifests.Tests.Support;

namespace Manifests.Tests.Emit;

/// <summary>A topology unlike Bookinfo (three clusters, other namespaces, a canary) renders through the same path.</summary>
public sealed class SecondTopologyTests
{
    private static readonly IReadOnlyList<RenderedObject> Objects = RenderedObjects.Of(ShopTopology.Declare());

    [Fact]
    public void Objects_outside_default_live_in_namespace_folders_and_namespaces_are_emitted()
    {
        Assert.Contains(Objects, o => o.Path == "eu-1/shop/deployment-storefront-v1.yaml" && o.Namespace == "shop");
        Assert.Contains(Objects, o => o.Path == "eu-1/namespace-shop.yaml" && o.Kind == "Namespace");
        Assert.Contains(Objects, o => o.Path == "mesh/namespace-edge.yaml");
        Assert.Contains(Objects, o => o.Path == "mesh/istio-system/istiogateway-shop-ingress.yaml");
    }

    [Fact]
    public void Ingress_route_in_another_namespace_names_the_service_by_fqdn_and_the_gateway_by_namespace()
    {
        var route = Objects.Single(o => o.Kind == "VirtualService" && o.Name == "storefront-routes").Tree;

        Assert.Equal("networking.istio.io/v1", YamlTree.At(route, "apiVersion"));
        Assert.Equal("shop/shop-gateway", YamlTree.At(route, "spec.gateways.0"));
        Assert.Equal("storefront.shop.svc.cluster.local", YamlTree.At(route, "spec.http.0.route.0.destination.host"));
        Assert.Equal(8080L, YamlTree.At(route, "spec.http.0.route.0.destination.port.number"));
    }

    [Fact]
    public void Service_target_port_and_container_port_agree()
    {
        var service = Objects.First(o => o.Kind == "Service" && o.Name == "cart").Tree;
        var deployment = Objects.First(o => o.Kind == "Deployment" && o.Name == "cart-v2").Tree;

        Assert.Equal(7070L, YamlTree.At(service, "spec.ports.0.port"));
        Assert.Equal(7000L, YamlTree.At(service, "spec.ports.0.targetPort"));
        Assert.Equal(7000L, YamlTree.At(deployment, "spec.template.spec.containers.0.ports.0.containerPort"));
    }

    [Fact]
    public void Gateway_selects_its_ingress_gateway_by_the_istio_label()
    {
        var gateway = Objects.Single(o => o.Kind == "Gateway").Tree;

        Assert.Equal("shop-ingress", YamlTree.At(gateway, "spec.selector.istio"));
        Assert.Equal("shop.example.com", YamlTree.At(gateway, "spec.servers.0.hosts.0"));
    }

    [Fact]
    public void Render_source_has_no_bookinfo_specific_code()
    {
        var renderSources = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "render"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "rules"), "*.cs", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        string[] bookinfoWords = ["bookinfo", "productpage", "reviews", "ratings", "m1c1", "m1c2"];

        // Doc comments may use Bookinfo as an example; code may not.
        var hits = renderSources.SelectMany(path => File.ReadLines(path).Select((line, i) => (path, line, i)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Where(x => bookinfoWords.Any(w => System.Text.RegularExpressions.Regex.IsMatch(x.line, $@"\b{w}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)))
            .Select(x => $"{x.path}:{x.i + 1}: {x.line.Trim()}")
            .ToList();

        Assert.True(hits.Count == 0, string.Join("\n", hits));
    }
}
