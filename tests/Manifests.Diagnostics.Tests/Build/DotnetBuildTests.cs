using System.Diagnostics;
using Manifests.Diagnostics.Tests.Infrastructure;

namespace Manifests.Diagnostics.Tests.Build;

/// <summary>The generator as a real analyzer in a real build: a topology mistake fails <c>dotnet build</c> at its line and column.</summary>
public sealed class DotnetBuildTests
{
    private const string Topology = """
        using Manifests.Model;

        namespace Shop;

        [Topology]
        public sealed class ShopTopology : ITopology
        {
            public Mesh Declare() => new("shop")
            {
                Clusters = [new Cluster("east")],
                Services =
                [
                    new Service("cart")
                    {
                        Ports = [new ServicePort("http", 8080)],
                        Versions = [new ServiceVersion("v1") { Image = "shop/cart:1.4.0", Clusters = ["west"] }],
                    },
                ],
            };
        }
        """;

    [Fact]
    public void Build_of_a_topology_with_an_undeclared_cluster_fails_with_MESH005_at_its_line_and_column()
    {
        var project = Directory.CreateTempSubdirectory("manifests-diagnostics-");
        try
        {
            File.WriteAllText(Path.Combine(project.FullName, "ShopTopology.cs"), Topology);
            File.WriteAllText(Path.Combine(project.FullName, "Shop.Topology.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="{RepositoryPaths.PathOf("model/Manifests.Model.csproj")}" />
                    <ProjectReference Include="{RepositoryPaths.PathOf("generator/Manifests.Generator.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                  </ItemGroup>
                </Project>
                """);

            var (exitCode, output) = DotnetBuild(project.FullName);

            var (line, column) = LineAndColumnOf(Topology, "\"west\"");
            Assert.NotEqual(0, exitCode);
            Assert.Contains($"ShopTopology.cs({line},{column}): error MESH005: Version 'v1' of service 'cart' runs on cluster 'west'", output);
        }
        finally
        {
            project.Delete(recursive: true);
        }
    }

    // The referenced projects were built with this test assembly, in the same configuration; they are not rebuilt here.
    private static (int ExitCode, string Output) DotnetBuild(string directory)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "build", "-c", configuration, "-p:BuildProjectReferences=false", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-clp:NoSummary" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var standardError = process.StandardError.ReadToEndAsync();
        var standardOutput = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dotnet build did not finish in 3 minutes." + Environment.NewLine + standardOutput);
        }

        return (process.ExitCode, standardOutput + standardError.Result);
    }

    private static (int Line, int Column) LineAndColumnOf(string text, string value)
    {
        var before = text[..text.IndexOf(value, StringComparison.Ordinal)];
        return (before.Count(c => c == '\n') + 1, before.Length - before.LastIndexOf('\n'));
    }
}
