using Xunit;

namespace Manifests.Pipeline.Tests.Build;

/// <summary>
/// build/Manifests.targets renders after build with declared inputs and outputs. Driven through a real
/// <c>dotnet build</c> of a copy of the Bookinfo topology project in a temp folder, writing into a temp output.
/// </summary>
public sealed class IncrementalRenderTests
{
    private const string SkippedRender = "Skipping target \"ManifestsRender\" because all output files are up-to-date";

    [Fact]
    public void Second_build_runs_no_render_and_a_one_service_change_rewrites_only_the_changed_file()
    {
        using var folder = new TempFolder("incremental");
        var source = File.ReadAllText(RepositoryPaths.PathOf("topology/BookinfoTopology.cs"));
        folder.Write("Bookinfo.Copy.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <ManifestsOutputPath>$(MSBuildProjectDirectory)/out</ManifestsOutputPath>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{RepositoryPaths.PathOf("model/Manifests.Model.csproj")}" />
              </ItemGroup>
              <Import Project="{RepositoryPaths.PathOf("build/Manifests.InRepository.targets")}" />
            </Project>
            """);
        var topologyFile = folder.Write("BookinfoTopology.cs", source);
        var output = folder.Combine("out");

        Build(folder).ShouldSucceed("first build");
        var first = Snapshot(output);
        Assert.Contains("m1c1/deployment-reviews-v3.yaml", first.Keys);

        var second = Build(folder).ShouldSucceed("second build");
        Assert.Contains(SkippedRender, second.Output);
        Assert.Equal(first, Snapshot(output));

        // Reviews traffic moves from v3 to v2: Istio routes by subset in the VirtualService, so only that file changes.
        const string allToV3 = "Traffic = TrafficPolicy.AllTo(\"v3\")";
        Assert.Contains(allToV3, source);
        File.WriteAllText(topologyFile, source.Replace(allToV3, "Traffic = TrafficPolicy.AllTo(\"v2\")", StringComparison.Ordinal));

        var third = Build(folder).ShouldSucceed("build after the change");
        Assert.DoesNotContain(SkippedRender, third.Output);
        var after = Snapshot(output);
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        var contentChanged = first.Keys.Where(p => first[p].Content != after[p].Content).Order(StringComparer.Ordinal).ToList();
        var rewritten = first.Keys.Where(p => first[p].Written != after[p].Written).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["mesh/virtualservice-reviews.yaml"], contentChanged);
        Assert.Equal(contentChanged, rewritten);
        Assert.Contains("subset: v2", after["mesh/virtualservice-reviews.yaml"].Content);
    }

    private static ProcessRun Build(TempFolder folder) =>
        ChildProcess.Dotnet(folder.Path, null, "build", "Bookinfo.Copy.csproj", "-c", RepositoryPaths.Configuration, "-nologo", "-v:d", "--disable-build-servers");

    /// <summary>Every YAML file's content and modification time (the ledger is bookkeeping, not output).</summary>
    private static Dictionary<string, (string Content, DateTime Written)> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories).ToDictionary(
            path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'),
            path => (File.ReadAllText(path), File.GetLastWriteTimeUtc(path)),
            StringComparer.Ordinal);
}
