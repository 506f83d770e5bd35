using Manifests.Model;
using Manifests.Render.Build.Ingress;
using Manifests.Render.Build.Routing;
using Manifests.Render.Build.Workloads;
using Manifests.Render.Place;
using Manifests.Tests.Support;

namespace Manifests.Tests.Place;

public sealed class PlacementTests
{
    [Fact]
    public void Ratings_service_is_placed_in_m1c1_because_reviews_v3_calls_it()
    {
        var m1c1 = Placement.Place(RenderedObjects.Bookinfo()).Single(p => p.Target.Name == "m1c1");

        var ratings = Assert.Single(m1c1.Objects.OfType<ServiceObject>(), o => o.Service.Name == "ratings");
        Assert.DoesNotContain(m1c1.Objects, o => o is ServiceAccountObject a && a.Service.Name == "ratings");
        Assert.DoesNotContain(m1c1.Objects, o => o is DeploymentObject d && d.Service.Name == "ratings");
        Assert.NotNull(ratings);
    }

    [Fact]
    public void Dropping_the_call_from_reviews_to_ratings_removes_the_ratings_service_from_m1c1()
    {
        var mesh = RenderedObjects.Bookinfo();
        mesh = mesh with { Services = mesh.Services.Select(s => s.Name == "reviews" ? s with { Calls = [] } : s).ToList() };

        var files = RenderedObjects.Files(mesh).Select(f => f.Path).ToList();

        Assert.DoesNotContain("m1c1/service-ratings.yaml", files);
        Assert.Contains("m1c2/service-ratings.yaml", files);
    }

    [Fact]
    public void A_cluster_gets_service_account_and_deployment_only_where_a_version_runs()
    {
        var placements = Placement.Place(RenderedObjects.Bookinfo());
        var m1c2 = placements.Single(p => p.Target.Name == "m1c2");

        Assert.Equal(
            ["details-v1", "productpage-v1", "ratings-v1", "reviews-v1", "reviews-v2"],
            m1c2.Objects.OfType<DeploymentObject>().Select(d => $"{d.Service.Name}-{d.Version.Name}").Order(StringComparer.Ordinal));
        Assert.Equal(4, m1c2.Objects.OfType<ServiceAccountObject>().Count());
    }

    [Fact]
    public void Mesh_objects_go_to_the_mesh_target_and_never_to_a_cluster()
    {
        var placements = Placement.Place(RenderedObjects.Bookinfo());

        Assert.Equal(["m1c1", "m1c2", "mesh"], placements.Select(p => p.Target.Name));
        foreach (var cluster in placements.Where(p => p.Target.Kind == TargetKind.Cluster))
        {
            Assert.All(cluster.Objects, o => Assert.True(o is ServiceObject or ServiceAccountObject or DeploymentObject or NamespaceObject, $"{o} in {cluster.Target.Name}"));
        }

        Assert.All(placements.Single(p => p.Target.Kind == TargetKind.Mesh).Objects, o => Assert.False(o is DeploymentObject or ServiceAccountObject));
    }

    [Fact]
    public void Second_topology_places_services_over_three_clusters_with_stubs_and_namespaces()
    {
        var placements = Placement.Place(ShopTopology.Declare()).ToDictionary(p => p.Target.Name);

        string[] Describe(string target) => placements[target].Objects.Select(o => o switch
        {
            NamespaceObject n => $"ns:{n.Name}",
            ServiceObject s => $"svc:{s.Service.Name}",
            ServiceAccountObject a => $"sa:{a.Service.Name}",
            DeploymentObject d => $"deploy:{d.Service.Name}-{d.Version.Name}",
            _ => o.GetType().Name,
        }).Order(StringComparer.Ordinal).ToArray();

        // eu-1 runs storefront and catalog; storefront calls cart, which runs only in eu-2: a stub.
        Assert.Equal(["deploy:catalog-v1", "deploy:storefront-v1", "ns:shop", "sa:catalog", "sa:storefront", "svc:cart", "svc:catalog", "svc:storefront"], Describe("eu-1"));
        // eu-2 runs cart and catalog; cart calls payments (namespace payments), which runs only in us-1.
        Assert.Equal(["deploy:cart-v1", "deploy:cart-v2", "deploy:catalog-v1", "ns:payments", "ns:shop", "sa:cart", "sa:catalog", "svc:cart", "svc:catalog", "svc:payments"], Describe("eu-2"));
        Assert.Equal(["deploy:catalog-v1", "deploy:payments-v1", "deploy:storefront-v1", "ns:payments", "ns:shop", "sa:catalog", "sa:payments", "sa:storefront", "svc:cart", "svc:catalog", "svc:payments", "svc:storefront"], Describe("us-1"));
    }

    [Fact]
    public void Each_target_lists_namespaces_then_services_in_declaration_order_with_their_deployments_then_stubs_by_name()
    {
        var placements = Placement.Place(ShopTopology.Declare());

        Assert.Equal(
        [
            "eu-1: ns:shop svc:storefront sa:storefront deploy:storefront-v1 svc:catalog sa:catalog deploy:catalog-v1 svc:cart",
            "eu-2: ns:payments ns:shop svc:cart sa:cart deploy:cart-v1 deploy:cart-v2 svc:catalog sa:catalog deploy:catalog-v1 svc:payments",
            "us-1: ns:payments ns:shop svc:storefront sa:storefront deploy:storefront-v1 svc:catalog sa:catalog deploy:catalog-v1 svc:payments sa:payments deploy:payments-v1 svc:cart",
            "mesh: ns:edge ns:shop ingress:shop-ingress gateway:shop-gateway>shop-ingress route:storefront-routes>storefront rule:cart traffic:cart",
        ], placements.Select(Describe));
    }

    [Fact]
    public void A_cluster_named_twice_by_a_version_gets_its_deployment_once_and_a_stub_called_twice_once()
    {
        var mesh = new Mesh("m")
        {
            Clusters = [new Cluster("a"), new Cluster("b")],
            Services =
            [
                new Service("web") { Ports = [new ServicePort("http", 80)], Calls = ["db", "api", "db"], Versions = [Version("v1", "a", "a", "z")] },
                new Service("api") { Namespace = "kube-system", Ports = [new ServicePort("http", 80)], Calls = ["db", "ghost"], Versions = [Version("v1", "b"), Version("v2", "a")] },
                new Service("db") { Namespace = "data", Ports = [new ServicePort("tcp", 5432)], Versions = [Version("v1", "b")] },
                new Service("idle") { Ports = [new ServicePort("http", 80)], Calls = ["web"], Versions = [Version("v1")] },
            ],
        };

        Assert.Equal(
        [
            "a: ns:data svc:web sa:web deploy:web-v1 svc:api sa:api deploy:api-v2 svc:db",
            "b: ns:data svc:api sa:api deploy:api-v1 svc:db sa:db deploy:db-v1",
            "mesh:",
        ], Placement.Place(mesh).Select(Describe));
    }

    private static ServiceVersion Version(string name, params string[] clusters) => new(name) { Image = "repo/app:1.0.0", Clusters = clusters };

    private static string Describe(TargetPlacement placement) =>
        placement.Target.Name + ":" + string.Concat(placement.Objects.Select(o => " " + o switch
        {
            NamespaceObject n => $"ns:{n.Name}",
            ServiceObject s => $"svc:{s.Service.Name}",
            ServiceAccountObject a => $"sa:{a.Service.Name}",
            DeploymentObject d => $"deploy:{d.Service.Name}-{d.Version.Name}",
            IngressGatewayObject i => $"ingress:{i.Gateway.Name}",
            GatewayObject g => $"gateway:{g.Gateway.Name}>{g.Selected?.Name}",
            IngressRouteObject r => $"route:{r.Route.Name}>{string.Join(",", r.Services.Select(s => s.Name))}",
            DestinationRuleObject r => $"rule:{r.Service.Name}",
            TrafficRouteObject t => $"traffic:{t.Service.Name}",
            _ => o.GetType().Name,
        }));
}
