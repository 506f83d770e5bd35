using Manifests.Diagnostics.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Manifests.Diagnostics.Tests.Rules;

/// <summary>
/// Every rule's page shows a wrong and a right snippet. The wrong one must get exactly that id at the
/// expected span while typing; the right one must get nothing. Both must compile.
/// </summary>
public sealed class DiagnosticPageSnippetTests
{
    [Theory]
    [InlineData("MESH001", "\"Cart\"", 1)]
    [InlineData("MESH002", "\"cart\"", 2)]
    [InlineData("MESH003", "\"v1\"", 2)]
    [InlineData("MESH004", "\"east\"", 2)]
    [InlineData("MESH005", "\"west\"", 1)]
    [InlineData("MESH006", "\"v2\"", 1)]
    [InlineData("MESH007", "\"basket\"", 1)]
    [InlineData("MESH008", "TrafficPolicy.Weighted(new(\"v1\", 90), new(\"v2\", 20))", 1)]
    [InlineData("MESH009", "\"shop-gw\"", 1)]
    [InlineData("MESH010", "\"admin.example.com\"", 1)]
    [InlineData("MESH011", "8443", 1)]
    [InlineData("MESH012", "\"ingress\"", 1)]
    [InlineData("MESH013", "\"web\"", 1)]
    [InlineData("MESH014", "\"pricing\"", 1)]
    [InlineData("MESH015", "\"pricing\"", 1)]
    [InlineData("MESH016", "\"cart\"", 2)]
    [InlineData("MESH017", "9090", 1)]
    [InlineData("MESH018", "\"shop/cart:latest\"", 1)]
    [InlineData("MESH019", "\"gateways\"", 1)]
    [InlineData("MESH020", "-1", 1)]
    [InlineData("MESH021", "\"DB_PASSWORD\"", 1)]
    [InlineData("MESH022", "\"cart\"", 2)]
    [InlineData("MESH023", "\"mesh\"", 1)]
    [InlineData("MESH024", "\"v1\"", 1)]
    public void Wrong_snippet_gets_exactly_its_id_at_the_expected_span(string id, string spanText, int occurrence)
    {
        var source = GeneratorHarness.TopologyClass(DiagnosticPages.Wrong(id));
        var run = GeneratorHarness.Run(GeneratorHarness.Compilation(GeneratorHarness.Tree("ShopTopology.cs", source)));

        Assert.Empty(run.CompilerErrors);
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(spanText, run.SpanText(diagnostic));
        Assert.Equal(NthIndexOf(source, spanText, occurrence), diagnostic.Location.SourceSpan.Start);
        Assert.Equal("docs/diagnostics/" + id + ".md", diagnostic.Descriptor.HelpLinkUri);
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Right_snippet_gets_no_diagnostic(string id)
    {
        var source = GeneratorHarness.TopologyClass(DiagnosticPages.Right(id));
        var run = GeneratorHarness.Run(GeneratorHarness.Compilation(GeneratorHarness.Tree("ShopTopology.cs", source)));

        Assert.Empty(run.CompilerErrors);
        Assert.Empty(run.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Severity_and_title_are_the_shared_rule_s(string id)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Compilation(GeneratorHarness.Tree("ShopTopology.cs", GeneratorHarness.TopologyClass(DiagnosticPages.Wrong(id)))));
        var rule = Manifests.Rules.RuleDescriptors.All.Single(r => r.Id == id);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(rule.Title, diagnostic.Descriptor.Title.ToString());
        Assert.Equal(rule.Severity == Manifests.Rules.RuleSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.EndsWith("Fix: " + rule.Fix + ".", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static TheoryData<string> AllIds() => [.. Manifests.Rules.RuleDescriptors.All.Select(r => r.Id)];

    private static int NthIndexOf(string text, string value, int occurrence)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(value, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{value}' occurs fewer than {occurrence} times.");
        }

        return index;
    }
}
