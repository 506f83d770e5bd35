using Manifests.Diagnostics.Tests.Infrastructure;
using Manifests.Model;
using Manifests.Render;
using Manifests.Render.Validate;

namespace Manifests.Diagnostics.Tests.Rules;

/// <summary>
/// A mistake the syntax cannot show (a cluster name computed by a method) is not guessed at by the
/// generator; the render, running the same rule code on the real value, reports it with the same id.
/// Rules whose page says <c>Reported by: render</c> are found by the render alone, and a rule no topology
/// reaches (<c>Reported by: validator only</c>) by the validator of rendered files.
/// </summary>
public sealed class RenderSharesRulesTests
{
    private const string Source = """
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
                        Versions = [new ServiceVersion("v1") { Image = "shop/cart:1.4.0", Clusters = [Region("WEST")] }],
                    },
                ],
            };

            private static string Region(string name) => name.ToLowerInvariant();
        }
        """;

    [Fact]
    public void Cluster_name_computed_at_run_time_is_left_to_the_render_which_reports_the_same_id()
    {
        var compilation = TopologyHarness.Compilation(GeneratorHarness.Tree("ShopTopology.cs", Source));
        var run = TopologyHarness.Run(compilation);
        Assert.Empty(run.CompilerErrors);
        Assert.Empty(run.Diagnostics);

        var findings = ManifestRenderer.Render(Declare(compilation), "shop").Findings;

        var finding = Assert.Single(findings);
        Assert.Equal("MESH005", finding.Rule.Id);
        Assert.Contains("cluster 'west'", finding.Message, StringComparison.Ordinal);
        Assert.Equal("ShopTopology.cs", finding.Location.FilePath);
        Assert.Equal(LineOf(Source, "new ServiceVersion(\"v1\")"), finding.Location.Line);
    }

    [Fact]
    public void Same_mistake_written_as_a_literal_gets_the_same_id_from_the_generator_and_the_render()
    {
        var source = Source.Replace("[Region(\"WEST\")]", "[\"west\"]", StringComparison.Ordinal);
        var compilation = TopologyHarness.Compilation(GeneratorHarness.Tree("ShopTopology.cs", source));

        var generatorIds = TopologyHarness.Run(compilation).Diagnostics.Select(d => d.Id);
        var renderIds = ManifestRenderer.Render(Declare(compilation), "shop").Findings.Select(f => f.Rule.Id);

        Assert.Equal(["MESH005"], generatorIds);
        Assert.Equal(["MESH005"], renderIds);
    }

    [Theory]
    [MemberData(nameof(EditorIds))]
    public void Render_of_each_page_s_wrong_snippet_finds_the_id_the_generator_reports(string id)
    {
        var compilation = TopologyHarness.Compilation(GeneratorHarness.Tree("ShopTopology.cs", TopologyHarness.TopologyClass(DiagnosticPages.Wrong(id))));

        var generatorIds = TopologyHarness.Run(compilation).Diagnostics.Select(d => d.Id);
        var result = ManifestRenderer.Render(Declare(compilation), "shop");

        Assert.Equal([id], generatorIds);
        Assert.Equal([id], result.Findings.Select(f => f.Rule.Id));
        // An error writes nothing, and says where and what in MSBuild's form (as the wrong-topology corpus requires of its cases).
        if (result.Findings[0].Rule.Severity == Manifests.Rules.RuleSeverity.Error)
        {
            Assert.False(result.Succeeded);
            Assert.Empty(result.Files);
            Assert.Matches(@"^.+\(\d+,\d+\): error MESH\d{3}: .+ Fix: .+\.$", result.Findings[0].ToMsBuildFormat());
        }
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Render_of_each_page_s_right_snippet_finds_nothing(string id)
    {
        var compilation = TopologyHarness.Compilation(GeneratorHarness.Tree("ShopTopology.cs", TopologyHarness.TopologyClass(DiagnosticPages.Right(id))));

        Assert.Empty(ManifestRenderer.Render(Declare(compilation), "shop").Findings);
    }

    /// <summary>
    /// For each rule only the render reports: the declaration its finding points at (the C# line), and what its
    /// message must say (for a rendered object: output file, object and field path).
    /// </summary>
    public static TheoryData<string, string, string> RenderOnlyCases() => new()
    {
        { "MESH025", "new ServiceVersion(\"v1\")", "east/deployment-cart-v1.yaml: Deployment default/cart-v1: spec.template.spec.containers[0].env[0].name: " },
        { "MESH026", "new IngressGateway(\"ingressgateway\")", "mesh/istio-system/istiogateway-ingressgateway.yaml: IstioGateway istio-system/ingressgateway: spec.ports[0].name: " },
        { "MESH028", "new ServiceVersion(\"v1\")", "has no CpuRequest, MemoryRequest, CpuLimit, MemoryLimit." },
        { "MESH029", "new ServiceVersion(\"v1\")", "east/deployment-cart-v1.yaml: Deployment default/cart-v1: spec.template.spec.containers[0].env[0].value: holds what looks like an AWS access key id" },
    };

    [Fact]
    public void Every_rule_only_the_render_reports_has_its_case()
    {
        var cases = ((IEnumerable<object[]>)RenderOnlyCases()).Select(row => (string)row[0]).Order();

        Assert.Equal(DiagnosticPages.IdList(RuleReach.Render).Order(), cases);
    }

    [Theory]
    [MemberData(nameof(RenderOnlyCases))]
    public void Render_finds_a_render_only_rule_on_its_page_s_wrong_snippet_at_the_declaring_line_where_the_generator_is_silent(string id, string declaration, string message)
    {
        var source = TopologyHarness.TopologyClass(DiagnosticPages.Wrong(id));
        var compilation = TopologyHarness.Compilation(GeneratorHarness.Tree("ShopTopology.cs", source));
        Assert.Empty(TopologyHarness.Run(compilation).Diagnostics);

        var findings = ManifestRenderer.Render(Declare(compilation), "shop").Findings;

        Assert.NotEmpty(findings);
        Assert.All(findings, finding =>
        {
            Assert.Equal(id, finding.Rule.Id);
            Assert.Equal("ShopTopology.cs", finding.Location.FilePath);
            Assert.Equal(LineOf(source, declaration), finding.Location.Line);
        });
        Assert.Contains(findings, finding => finding.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ValidatorOnlyIds))]
    public void Validator_finds_a_rule_no_topology_reaches_on_its_page_s_rendered_file_and_the_right_snippet_renders_clean(string id)
    {
        var problems = new ManifestValidator().ValidateFile("east/secret-db.yaml", DiagnosticPages.WrongYaml(id));

        var problem = Assert.Single(problems);
        Assert.Equal(id, problem.Rule.Id);
        Assert.Equal("Secret default/db", problem.Object);
        Assert.Equal("data", problem.FieldPath);

        var compilation = TopologyHarness.Compilation(GeneratorHarness.Tree("ShopTopology.cs", TopologyHarness.TopologyClass(DiagnosticPages.Right(id))));
        var result = ManifestRenderer.Render(Declare(compilation), "shop");
        Assert.Empty(result.Findings);
        Assert.NotEmpty(result.Files);
        Assert.Empty(new ManifestValidator().Validate(result.Files));
    }

    public static TheoryData<string> AllIds() => [.. Manifests.Rules.RuleDescriptors.All.Select(r => r.Id)];

    public static TheoryData<string> EditorIds() => DiagnosticPages.Ids(RuleReach.EditorAndRender);

    public static TheoryData<string> ValidatorOnlyIds() => DiagnosticPages.Ids(RuleReach.ValidatorOnly);

    private static Mesh Declare(Microsoft.CodeAnalysis.Compilation compilation) => TopologyHarness.Declare(compilation);

    private static int LineOf(string text, string value) => text[..text.IndexOf(value, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
