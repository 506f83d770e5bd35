using Manifests.Model;
using Manifests.Tests.Support;

namespace Manifests.Tests.Deliver;

/// <summary>The Argo CD objects point at the right folders and destinations, and sync clusters before the mesh.</summary>
public sealed class ArgoCdObjectsTests
{
    [Fact]
    public void Bookinfo_application_set_has_one_element_per_target_with_its_context_and_stage()
    {
        var objects = RenderedObjects.Of(RenderedObjects.Bookinfo()).Where(o => o.Target == "argocd").ToList();
        var set = Assert.Single(objects, o => o.Kind == "ApplicationSet").Tree;

        var elements = (List<object?>)YamlTree.At(set, "spec.generators.0.list.elements")!;
        Assert.Equal(
            ["m1c1 -> m1c1 (data-plane, wave 0)", "m1c2 -> m1c2 (data-plane, wave 0)", "mesh -> asm (mesh, wave 1)"],
            elements.Select(e => $"{YamlTree.At(e, "target")} -> {YamlTree.At(e, "destination")} ({YamlTree.At(e, "stage")}, wave {YamlTree.At(e, "wave")})"));
        Assert.Equal("manifests-out/{{.target}}", YamlTree.At(set, "spec.template.spec.source.path"));
        Assert.Equal("kustomization.yaml", YamlTree.At(set, "spec.template.spec.source.directory.exclude"));
        Assert.Equal("{{.destination}}", YamlTree.At(set, "spec.template.spec.destination.name"));
        Assert.Equal("data-plane", YamlTree.At(set, "spec.strategy.rollingSync.steps.0.matchExpressions.0.values.0"));
        Assert.Equal("mesh", YamlTree.At(set, "spec.strategy.rollingSync.steps.1.matchExpressions.0.values.0"));
        Assert.Contains(objects, o => o.Kind == "AppProject" && o.Name == "bookinfo");
    }

    [Fact]
    public void Applications_layout_gives_one_application_per_target_with_waves_and_api_servers()
    {
        var mesh = RenderedObjects.Bookinfo();
        mesh = mesh with
        {
            Clusters = mesh.Clusters.Select(c => c with { ApiServer = $"https://{c.Name}.example.com:6443" }).ToList(),
            ControlPlane = mesh.ControlPlane with { ApiServer = "https://asm.example.com:6443" },
            ArgoCd = mesh.ArgoCd! with { Layout = ArgoCdLayout.Applications, UseKustomizeOverlays = true, Prune = true, SelfHeal = true },
        };

        var applications = RenderedObjects.Of(mesh).Where(o => o.Kind == "Application").ToDictionary(o => o.Name, o => o.Tree);

        Assert.Equal(["bookinfo-m1c1", "bookinfo-m1c2", "bookinfo-mesh"], applications.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("0", Wave(applications["bookinfo-m1c1"]));
        Assert.Equal("1", Wave(applications["bookinfo-mesh"]));
        Assert.Equal("https://asm.example.com:6443", YamlTree.At(applications["bookinfo-mesh"], "spec.destination.server"));
        Assert.Equal("kustomize/m1c2", YamlTree.At(applications["bookinfo-m1c2"], "spec.source.path"));
        Assert.Equal(true, YamlTree.At(applications["bookinfo-m1c2"], "spec.syncPolicy.automated.selfHeal"));
    }

    [Fact]
    public void Every_source_path_of_bookinfo_exists_in_the_repository()
    {
        foreach (var target in new[] { "m1c1", "m1c2", "mesh" })
        {
            Assert.True(Directory.Exists(Path.Combine(RepositoryPaths.ManifestsOut, target)));
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.Kustomize, target, "kustomization.yaml")));
        }
    }

    [Theory]
    [InlineData("application-crd.yaml")]
    [InlineData("applicationset-crd.yaml")]
    [InlineData("appproject-crd.yaml")]
    public void Shipped_argo_cd_crds_are_the_upstream_reference_byte_for_byte(string file) =>
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(RepositoryPaths.SharedReference, "crds", "argocd", file)),
            File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "crds", "argocd", file)));

    [Theory]
    [InlineData(ArgoCdLayout.ApplicationSet)]
    [InlineData(ArgoCdLayout.Applications)]
    public void Argo_cd_objects_are_valid_against_the_argo_cd_crd_schemas(ArgoCdLayout layout)
    {
        var mesh = RenderedObjects.Bookinfo();
        mesh = mesh with { ArgoCd = mesh.ArgoCd! with { Layout = layout } };
        var argo = Manifests.Render.ManifestRenderer.Render(mesh, "Tests").Files.Where(f => f.Path.StartsWith("argocd/", StringComparison.Ordinal)).ToList();

        var problems = new Manifests.Render.Validate.ManifestValidator().Validate(argo);

        Assert.Equal(layout == ArgoCdLayout.ApplicationSet ? 3 : 5, argo.Count);
        Assert.Empty(problems);
    }

    [Fact]
    public void The_schema_check_rejects_an_application_set_with_a_wrong_field_type()
    {
        var set = RenderedObjects.Files(RenderedObjects.Bookinfo()).Single(f => f.Path == "argocd/applicationset-bookinfo.yaml");
        var broken = set with { Content = set.Content.Replace("goTemplate: true", "goTemplate: sometimes", StringComparison.Ordinal) };

        var problem = Assert.Single(new Manifests.Render.Validate.ManifestValidator().Validate([broken]));

        Assert.Equal("spec.goTemplate", problem.FieldPath);
    }

    // Annotation keys contain dots, which YamlTree.At reads as path steps.
    private static string? Wave(object? application) =>
        ((IDictionary<string, object?>)YamlTree.At(application, "metadata.annotations")!)["argocd.argoproj.io/sync-wave"] as string;
}
