using Manifests.Diagnostics.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Manifests.Diagnostics.Tests.Parsing;

/// <summary>What the generator reads from syntax (constants, helpers) and what it leaves unknown (then it stays silent).</summary>
public sealed class TopologyParserTests
{
    private const string Service = """
        new Service("cart")
                {
                    Ports = [new ServicePort("http", 8080)],
                    Versions = [VERSIONS],
                }
        """;

    [Fact]
    public void Cluster_named_by_a_const_field_is_reported_at_the_constant_s_use()
    {
        var run = Run(Mesh("""new ServiceVersion("v1") { Image = "shop/cart:1.4.0", Clusters = [West] }"""),
            """    private const string West = "west";""");

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("MESH005", diagnostic.Id);
        Assert.Equal("West", run.SpanText(diagnostic));
    }

    [Fact]
    public void Interpolated_image_of_constants_is_read()
    {
        var run = Run(Mesh("""new ServiceVersion("v1") { Image = $"{Registry}/cart:{Tag}", Clusters = ["east"] }"""),
            """
                private const string Registry = "shop";
                private const string Tag = "latest";
            """);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("MESH018", diagnostic.Id);
        Assert.Equal("""$"{Registry}/cart:{Tag}" """.TrimEnd(), run.SpanText(diagnostic));
        Assert.Contains("'shop/cart:latest'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Helper_argument_that_names_a_wrong_cluster_is_reported_at_the_argument()
    {
        var run = Run(Mesh("""Version("v1", "west")"""), HelperMethod);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("MESH005", diagnostic.Id);
        Assert.Equal("\"west\"", run.SpanText(diagnostic));
    }

    [Fact]
    public void Value_built_inside_a_helper_is_reported_at_the_helper_call()
    {
        var run = Run(Mesh("""Version("v1", "east")"""), HelperMethod.Replace(":1.4.0", ":latest", StringComparison.Ordinal));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("MESH018", diagnostic.Id);
        Assert.Equal("""Version("v1", "east")""", run.SpanText(diagnostic));
    }

    [Fact]
    public void Weighted_policy_given_target_typed_weights_is_read()
    {
        var source = Mesh("""new ServiceVersion("v1") { Image = "shop/cart:1.4.0", Clusters = ["east"] }""")
            .Replace("Ports = [", "Traffic = TrafficPolicy.Weighted(new VersionWeight(\"v1\", 50), new(\"v9\", 50)),\n            Ports = [", StringComparison.Ordinal);

        var run = Run(source);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("MESH006", diagnostic.Id);
        Assert.Equal("\"v9\"", run.SpanText(diagnostic));
    }

    [Fact]
    public void Local_function_and_const_local_in_a_block_bodied_Declare_are_read()
    {
        var source = """
            using Manifests.Model;

            namespace Shop;

            [Topology]
            public sealed record ShopTopology : ITopology
            {
                public Mesh Declare()
                {
                    const string East = "east";
                    ServiceVersion Version(string name, string cluster) => new(name) { Image = "shop/cart:1.4.0", Clusters = [cluster] };
                    return new Mesh("shop")
                    {
                        Clusters = [new Cluster(East)],
                        Services = [new Service("cart") { Ports = [new ServicePort("http", 8080)], Versions = [Version("v1", "west")] }],
                    };
                }
            }
            """;

        var run = TopologyHarness.Run(TopologyHarness.Compilation(GeneratorHarness.Tree("ShopTopology.cs", source)));

        Assert.Empty(run.CompilerErrors);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("MESH005", diagnostic.Id);
        Assert.Equal("\"west\"", run.SpanText(diagnostic));
    }

    [Fact]
    public void Invalid_namespace_is_reported_at_the_namespace()
    {
        var source = Mesh("""new ServiceVersion("v1") { Image = "shop/cart:1.4.0", Clusters = ["east"] }""")
            .Replace("Ports = [", "Namespace = \"Payments\",\n            Ports = [", StringComparison.Ordinal);

        var run = Run(source);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("MESH001", diagnostic.Id);
        Assert.Equal("\"Payments\"", run.SpanText(diagnostic));
    }

    [Fact]
    public void Weights_too_large_to_sum_as_int_are_reported_not_thrown()
    {
        var source = Mesh("""new ServiceVersion("v1") { Image = "shop/cart:1.4.0", Clusters = ["east"] }, new ServiceVersion("v2") { Image = "shop/cart:1.5.0", Clusters = ["east"] }""")
            .Replace("Ports = [", "Traffic = TrafficPolicy.Weighted(new(\"v1\", int.MaxValue), new(\"v2\", 1)),\n            Ports = [", StringComparison.Ordinal);

        var run = Run(source);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("MESH008", diagnostic.Id);
        Assert.Contains("sum 2147483648", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Cluster_name_from_a_method_with_a_body_is_unknown_and_not_reported()
    {
        var run = Run(Mesh("""new ServiceVersion("v1") { Image = "shop/cart:1.4.0", Clusters = [Region("west")] }"""),
            """
                private static string Region(string name)
                {
                    if (name.Length == 0) { return "east"; }
                    return name;
                }
            """);

        Assert.Empty(run.CompilerErrors);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void Clusters_declared_out_of_sight_silence_undeclared_cluster_checks()
    {
        var source = Mesh("""new ServiceVersion("v1") { Image = "shop/cart:1.4.0", Clusters = ["west"] }""")
            .Replace("Clusters = [new Cluster(\"east\")]", "Clusters = [new Cluster(\"east\"), .. More]", StringComparison.Ordinal);

        var run = Run(source, """    private static readonly Cluster[] More = [new Cluster("west")];""");

        Assert.Empty(run.CompilerErrors);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void Namespace_given_at_run_time_makes_no_duplicate()
    {
        var source = Mesh("""new ServiceVersion("v1") { Image = "shop/cart:1.4.0", Clusters = ["east"] }""")
            .Replace("    ],\n}", "        " + Service.Replace("VERSIONS", """new ServiceVersion("v1") { Image = "shop/cart:1.4.0", Clusters = ["east"] }""", StringComparison.Ordinal)
                .Replace("Ports = [", "Namespace = Team.ToLowerInvariant(),\n            Ports = [", StringComparison.Ordinal) + ",\n    ],\n}", StringComparison.Ordinal);

        var run = Run(source, """    private static readonly string Team = "Payments";""");

        Assert.Empty(run.CompilerErrors);
        Assert.Empty(run.Diagnostics);
    }

    private const string HelperMethod = """
            private static ServiceVersion Version(string name, string cluster) => new(name)
            {
                Image = $"shop/cart-{name}:1.4.0",
                Clusters = [cluster],
            };
        """;

    private static string Mesh(string version) => $$"""
        new Mesh("shop")
        {
            Clusters = [new Cluster("east")],
            Services =
            [
                {{Service.Replace("VERSIONS", version, StringComparison.Ordinal)}},
            ],
        }
        """;

    private static GeneratorRun Run(string meshExpression, string members = "")
    {
        var run = TopologyHarness.Run(TopologyHarness.Compilation(GeneratorHarness.Tree("ShopTopology.cs", TopologyHarness.TopologyClass(meshExpression, members))));
        Assert.Empty(run.CompilerErrors);
        return run;
    }
}
