using Xunit;

namespace Manifests.Pipeline.Tests.Build;

/// <summary>
/// build/Manifests.targets renders only where a topology is (issue #15, point 3): a library of services that imports the
/// same targets builds quietly and renders nothing; the topology that uses it renders; two topologies in one project stay an error.
/// Driven through a real <c>dotnet build</c> of projects in a temp folder.
/// </summary>
public sealed class LibraryBuildTests
{
    [Fact]
    public void A_library_without_a_topology_builds_without_rendering_and_the_topology_using_its_services_renders()
    {
        using var folder = new TempFolder("library");
        folder.Write("Shop.Catalog/Shop.Catalog.csproj", Project(""));
        folder.Write("Shop.Catalog/ShopServices.cs", """
            using Manifests.Model;

            namespace Shop.Catalog;

            /// <summary>Services several topologies share.</summary>
            public static class ShopServices
            {
                public static Service Cart(string cluster) => new("cart")
                {
                    Namespace = "shop",
                    Ports = [new ServicePort("http", 8080)],
                    Versions = [new ServiceVersion("v1") { Image = "registry.example.com/shop/cart:1.0.0", Clusters = [cluster] }],
                };
            }
            """);
        folder.Write("Shop.Staging/Shop.Staging.csproj", Project("""<ProjectReference Include="../Shop.Catalog/Shop.Catalog.csproj" />"""));
        folder.Write("Shop.Staging/StagingTopology.cs", """
            using Manifests.Model;

            namespace Shop.Staging;

            [Topology]
            public sealed class StagingTopology : ITopology
            {
                public Mesh Declare() => new("staging")
                {
                    Clusters = [new Cluster("east-1")],
                    Services = [Shop.Catalog.ShopServices.Cart("east-1")],
                };
            }
            """);

        var build = Build(folder, "Shop.Staging/Shop.Staging.csproj").ShouldSucceed("build of the topology and its library");

        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("Shop.Catalog", "out")), "the library rendered:" + Environment.NewLine + build.Output);
        var rendered = folder.Combine("Shop.Staging", "out");
        Assert.True(File.Exists(Path.Combine(rendered, "east-1", "shop", "deployment-cart-v1.yaml")),
            string.Join(Environment.NewLine, Directory.Exists(rendered) ? Directory.EnumerateFiles(rendered, "*", SearchOption.AllDirectories) : ["(no output folder)"]) + build.Output);
    }

    [Fact]
    public void Two_topology_classes_in_one_project_stay_a_build_error()
    {
        using var folder = new TempFolder("two-topologies");
        folder.Write("Two/Two.csproj", Project(""));
        folder.Write("Two/Topologies.cs", """
            using Manifests.Model;

            namespace Two;

            [Topology]
            public sealed class First : ITopology
            {
                public Mesh Declare() => new("first") { Clusters = [new Cluster("east-1")] };
            }

            [Topology]
            public sealed class Second : ITopology
            {
                public Mesh Declare() => new("second") { Clusters = [new Cluster("east-1")] };
            }
            """);

        var build = Build(folder, "Two/Two.csproj");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("must hold exactly one class marked [Topology]; found Two.First, Two.Second", build.Output, StringComparison.Ordinal);
    }

    private static string Project(string references) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
            <ManifestsOutputPath>$(MSBuildProjectDirectory)/out</ManifestsOutputPath>
          </PropertyGroup>
          <ItemGroup>
            <ProjectReference Include="{RepositoryPaths.PathOf("model/Manifests.Model.csproj")}" />
            {references}
          </ItemGroup>
          <Import Project="{RepositoryPaths.PathOf("build/Manifests.InRepository.targets")}" />
        </Project>
        """;

    private static ProcessRun Build(TempFolder folder, string project) =>
        ChildProcess.Dotnet(folder.Path, null, "build", project, "-c", RepositoryPaths.Configuration, "-nologo", "--disable-build-servers");
}
