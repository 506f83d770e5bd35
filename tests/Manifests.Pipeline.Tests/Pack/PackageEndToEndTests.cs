using System.IO.Compression;
using Xunit;

namespace Manifests.Pipeline.Tests.Pack;

/// <summary>
/// The README's "use it in your repository", step by step: pack both packages into a local feed, make a fresh
/// project that references only the Manifests package, build it, then check it with the manifests tool.
/// </summary>
public sealed class PackageEndToEndTests
{
    private const string Topology = """
        using Manifests.Model;

        namespace Shop.Topology;

        [Topology]
        public sealed class ShopTopology : ITopology
        {
            public Mesh Declare() => new("shop")
            {
                Clusters = [new Cluster("east"), new Cluster("west")],
                Services =
                [
                    new Service("web")
                    {
                        Ports = [new ServicePort("http", 8080)],
                        Calls = ["api"],
                        Versions = [new ServiceVersion("v1") { Image = "registry.example/shop/web:1.0.0", Clusters = ["east"] }],
                    },
                    new Service("api")
                    {
                        Ports = [new ServicePort("http", 9090)],
                        Versions = [new ServiceVersion("v1") { Image = "registry.example/shop/api:2.3.1", Clusters = ["west"] }],
                    },
                ],
            };
        }
        """;

    [Fact]
    public void A_fresh_repository_referencing_only_the_package_renders_on_build_and_the_tool_checks_it()
    {
        using var work = new TempFolder("package");
        var feed = work.Combine("feed");
        var repository = work.Combine("repo");
        Directory.CreateDirectory(repository);

        // The packages under test go to a packages folder of this test's own; everything else comes from the machine's.
        var environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = work.Combine("packages"),
            ["NUGET_FALLBACK_PACKAGES"] = MachinePackagesFolder(),
            // The local-tool resolver cache lives under the CLI home; a shared one can point at a deleted packages folder of an earlier run.
            ["DOTNET_CLI_HOME"] = work.Combine("cli-home"),
        };

        // 1. Pack, as CI would: both packages, one version.
        foreach (var project in new[] { "pack/Manifests.Package.csproj", "cli/Manifests.Cli.csproj" })
        {
            ChildProcess.Dotnet(RepositoryPaths.Root, environment, "pack", RepositoryPaths.PathOf(project), "-c", RepositoryPaths.Configuration, "-o", feed, "-nologo", "--disable-build-servers")
                .ShouldSucceed($"dotnet pack {project}");
        }

        var version = PackageVersion(feed, "Manifests");
        Assert.Equal(version, PackageVersion(feed, "Manifests.Tool"));
        AssertPackageLayout(Path.Combine(feed, $"Manifests.{version}.nupkg"));

        // 2. A repository of the user's: a feed, a project in topology/ referencing only Manifests, manifests.json at the root.
        File.WriteAllText(Path.Combine(repository, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="manifests" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        Directory.CreateDirectory(Path.Combine(repository, "topology"));
        File.WriteAllText(Path.Combine(repository, "topology", "Shop.Topology.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Manifests" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        var topologyFile = Path.Combine(repository, "topology", "ShopTopology.cs");
        File.WriteAllText(topologyFile, Topology);
        File.WriteAllText(Path.Combine(repository, "manifests.json"), """{ "topology": "topology/Shop.Topology.csproj", "output": "manifests-out" }""");

        // 3. dotnet build writes the YAML where manifests.json says, one folder per cluster.
        ChildProcess.Dotnet(repository, environment, "build", "topology", "-nologo", "--disable-build-servers").ShouldSucceed("dotnet build of the user's topology");
        var web = Path.Combine(repository, "manifests-out", "east", "deployment-web-v1.yaml");
        Assert.True(File.Exists(web), "the web Deployment belongs in east, where its only version runs");
        Assert.Contains("- image: registry.example/shop/web:1.0.0", File.ReadAllText(web));
        Assert.Contains("image: registry.example/shop/api:2.3.1", File.ReadAllText(Path.Combine(repository, "manifests-out", "west", "deployment-api-v1.yaml")));
        Assert.True(File.Exists(Path.Combine(repository, "manifests-out", "east", "service-api.yaml")), "web calls api, so east gets an api Service stub");
        Assert.False(File.Exists(Path.Combine(repository, "manifests-out", "west", "deployment-web-v1.yaml")));

        // 4. The tool from the same feed, in a local tool manifest: the committed output is current.
        ChildProcess.Dotnet(repository, environment, "new", "tool-manifest").ShouldSucceed("dotnet new tool-manifest");
        ChildProcess.Dotnet(repository, environment, "tool", "install", "--add-source", feed, "Manifests.Tool", "--version", version)
            .ShouldSucceed("dotnet tool install Manifests.Tool");
        var current = ChildProcess.Dotnet(repository, environment, "manifests", "render", "--check");
        Assert.True(current.ExitCode == 0, current.Output);

        // 5. A topology change that was not built: --check sees the output is stale and says where.
        File.WriteAllText(topologyFile, Topology.Replace("api:2.3.1", "api:2.4.0", StringComparison.Ordinal));
        var stale = ChildProcess.Dotnet(repository, environment, "manifests", "render", "--check");
        Assert.True(stale.ExitCode == 1, stale.Output);
        Assert.Contains("+++ b/west/deployment-api-v1.yaml", stale.Output);
        Assert.Contains("+      - image: registry.example/shop/api:2.4.0", stale.Output);
    }

    /// <summary>One package: lib (model, the shipped CRDs' types, render), the generator, the build targets, and the CLI they run.</summary>
    private static void AssertPackageLayout(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("lib/net10.0/Manifests.Model.dll", entries);
        Assert.Contains("lib/net10.0/Manifests.Crds.dll", entries);
        Assert.Contains("lib/net10.0/Manifests.Render.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Manifests.Generator.dll", entries);
        Assert.Contains("build/Manifests.targets", entries);
        Assert.Contains("tools/net10.0/any/manifests.dll", entries);
        Assert.Contains("tools/net10.0/any/manifests.runtimeconfig.json", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal) && e.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    private static string PackageVersion(string feed, string id)
    {
        var prefix = id + ".";
        var versions = Directory.EnumerateFiles(feed, "*.nupkg").Select(Path.GetFileNameWithoutExtension)
            .Where(n => n!.StartsWith(prefix, StringComparison.Ordinal) && char.IsAsciiDigit(n[prefix.Length]))
            .Select(n => n![prefix.Length..])
            .ToList();
        return Assert.Single(versions);
    }

    private static string MachinePackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
