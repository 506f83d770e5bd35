using Manifests.Diagnostics.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Manifests.Diagnostics.Tests.Rules;

/// <summary>
/// Every rule's page shows a wrong and a right snippet, and says where the rule is reported. For a rule the
/// editor reports, the wrong one must get exactly that id at the expected span while typing; for a rule only
/// the render reports, the generator must stay silent on it. The right one must get nothing. Both must compile.
/// </summary>
public sealed class DiagnosticPageSnippetTests
{
    /// <summary>Where the generator reports each rule the editor can see, as its page's <c>Editor span:</c> line says.</summary>
    public static TheoryData<string, string, int> EditorSpans()
    {
        var spans = new TheoryData<string, string, int>();
        foreach (var id in DiagnosticPages.IdList(RuleReach.EditorAndRender))
        {
            if (DiagnosticPages.EditorSpan(id) is { } span)
            {
                spans.Add(id, span.Text, span.Occurrence);
            }
        }

        return spans;
    }

    public static TheoryData<string> AllIds() => [.. Manifests.Rules.RuleDescriptors.All.Select(r => r.Id)];

    public static TheoryData<string> EditorIds() => DiagnosticPages.Ids(RuleReach.EditorAndRender);

    public static TheoryData<string> RenderOnlyIds() => DiagnosticPages.Ids(RuleReach.Render);

    [Fact]
    public void Every_rule_the_editor_reports_has_its_span_line_and_no_other_rule_has_one()
    {
        var withSpan = Manifests.Rules.RuleDescriptors.All.Select(r => r.Id).Where(id => DiagnosticPages.EditorSpan(id) is not null).Order();

        Assert.Equal(DiagnosticPages.IdList(RuleReach.EditorAndRender).Order(), withSpan);
    }

    [Theory]
    [MemberData(nameof(EditorSpans))]
    public void Wrong_snippet_gets_exactly_its_id_at_the_expected_span(string id, string spanText, int occurrence)
    {
        var source = TopologyHarness.TopologyClass(DiagnosticPages.Wrong(id));
        var run = TopologyHarness.Run(TopologyHarness.Compilation(GeneratorHarness.Tree("ShopTopology.cs", source)));

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
        var source = TopologyHarness.TopologyClass(DiagnosticPages.Right(id));
        var run = TopologyHarness.Run(TopologyHarness.Compilation(GeneratorHarness.Tree("ShopTopology.cs", source)));

        Assert.Empty(run.CompilerErrors);
        Assert.Empty(run.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(RenderOnlyIds))]
    public void Wrong_snippet_of_a_render_only_rule_compiles_and_gets_nothing_from_the_generator(string id)
    {
        // The generator reads syntax; these rules are checked on values and on the rendered YAML, so it must stay
        // silent rather than guess. RenderSharesRulesTests shows the render finding the id on the same snippet.
        var source = TopologyHarness.TopologyClass(DiagnosticPages.Wrong(id));
        var run = TopologyHarness.Run(TopologyHarness.Compilation(GeneratorHarness.Tree("ShopTopology.cs", source)));

        Assert.Empty(run.CompilerErrors);
        Assert.Empty(run.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(EditorIds))]
    public void Severity_and_title_are_the_shared_rule_s(string id)
    {
        var run = TopologyHarness.Run(TopologyHarness.Compilation(GeneratorHarness.Tree("ShopTopology.cs", TopologyHarness.TopologyClass(DiagnosticPages.Wrong(id)))));
        var rule = Manifests.Rules.RuleDescriptors.All.Single(r => r.Id == id);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(rule.Title, diagnostic.Descriptor.Title.ToString());
        Assert.Equal(rule.Severity == Manifests.Rules.RuleSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.EndsWith("Fix: " + rule.Fix + ".", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

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
