using System.Runtime.CompilerServices;
using Manifests.Model;
using Manifests.Render;
using Manifests.Tests.Support;

namespace Manifests.Tests.Check;

/// <summary>Rules run again over the real values at render time and point at the C# line that declared the mistake.</summary>
public sealed class RenderTimeRuleTests
{
    [Fact]
    public void A_version_on_an_undeclared_cluster_is_reported_at_its_declaration_in_msbuild_form()
    {
        var line = Line() + 1;
        var version = new ServiceVersion("v9") { Image = "repo/app:1.0.0", Clusters = ["m1c3"] };
        var mesh = WithExtraService(new Service("extra") { Ports = [new ServicePort("http", 80)], Versions = [version] });

        var result = ManifestRenderer.Render(mesh, "Tests");

        var finding = Assert.Single(result.Findings, f => f.Rule.Id == "MESH005");
        Assert.Equal($"{ThisFile()}({line},1): error MESH005: Version 'v9' of service 'extra' runs on cluster 'm1c3', which the mesh does not declare (declared: m1c1, m1c2). Fix: add the cluster to Mesh.Clusters, or name one of the declared clusters.", finding.ToMsBuildFormat());
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Every_error_is_reported_at_once()
    {
        var mesh = WithExtraService(new Service("Bad_Name")
        {
            Ports = [new ServicePort("http", 70000)],
            Calls = ["nowhere"],
            Versions = [new ServiceVersion("v1") { Image = "repo/app", Clusters = ["m1c9"] }],
        });

        var ids = ManifestRenderer.Render(mesh, "Tests").Findings.Select(f => f.Rule.Id).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(["MESH001", "MESH005", "MESH015", "MESH018", "MESH020"], ids);
    }

    [Fact]
    public void A_route_to_a_port_the_service_does_not_expose_is_MESH007()
    {
        var mesh = RenderedObjects.Bookinfo();
        mesh = mesh with
        {
            IngressRoutes = [mesh.IngressRoutes[0] with { Http = [new HttpRoute { Destination = new RouteDestination("productpage", 9999) }] }],
        };

        var finding = Assert.Single(ManifestRenderer.Render(mesh, "Tests").Findings);

        Assert.Equal("MESH007", finding.Rule.Id);
        Assert.Contains("port 9999 of 'productpage', which exposes 9080", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bookinfo_topology_has_no_findings() =>
        Assert.Empty(ManifestRenderer.Render(RenderedObjects.Bookinfo(), "Tests").Findings);

    private static Mesh WithExtraService(Service service)
    {
        var mesh = RenderedObjects.Bookinfo();
        return mesh with { Services = [.. mesh.Services, service] };
    }

    private static int Line([CallerLineNumber] int line = 0) => line;

    private static string ThisFile([CallerFilePath] string file = "") => file;
}
