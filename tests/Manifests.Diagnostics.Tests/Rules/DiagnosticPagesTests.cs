using Manifests.Diagnostics.Tests.Infrastructure;
using Manifests.Rules;

namespace Manifests.Diagnostics.Tests.Rules;

/// <summary>The help link of every rule leads to a page, and the index lists every rule as the rule table says.</summary>
public sealed class DiagnosticPagesTests
{
    [Fact]
    public void Every_rule_has_a_page_at_its_help_link()
    {
        var missing = RuleDescriptors.All.Where(rule => !File.Exists(RepositoryPaths.PathOf(rule.HelpLink))).Select(rule => rule.Id).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_page_heads_its_rule_with_its_id_title_severity_and_istio_code()
    {
        // The ids' one list is the release file (AnalyzerReleasesTests); each page's head says the same as the rule table.
        foreach (var rule in RuleDescriptors.All)
        {
            var lines = RepositoryPaths.Read(rule.HelpLink).ReplaceLineEndings("\n").Split('\n');
            Assert.Equal($"# {rule.Id}: {rule.Title}", lines[0]);
            var severity = rule.Severity == RuleSeverity.Error ? "error" : "warning";
            var row = Assert.Single(lines, line => line.StartsWith("| error | ", StringComparison.Ordinal) || line.StartsWith("| warning | ", StringComparison.Ordinal));
            Assert.StartsWith($"| {severity} | ", row);
            Assert.Contains(rule.IstioCode ?? "none", row);
        }
    }

    [Fact]
    public void Index_names_every_capability_block()
    {
        var index = RepositoryPaths.Read(Path.Combine("docs", "diagnostics", "README.md"));

        foreach (var block in new[] { "MESH001–099", "MESH100–199", "MESH200–299", "MESH300–399", "MESH400–499", "MESH500–599", "MESH600–699" })
        {
            Assert.Contains("| " + block + " |", index);
        }
    }

    [Fact]
    public void Every_page_says_where_its_rule_is_reported()
    {
        var reaches = RuleDescriptors.All.ToDictionary(rule => rule.Id, rule => DiagnosticPages.Reach(rule.Id));

        // The rules checked on rendered output (MESH025-MESH029) are not the generator's; the earlier ones are.
        Assert.All(reaches.Where(r => string.CompareOrdinal(r.Key, "MESH025") < 0), r => Assert.Equal(RuleReach.EditorAndRender, r.Value));
    }

    [Fact]
    public void Each_page_names_its_istio_code()
    {
        foreach (var rule in RuleDescriptors.All.Where(r => r.IstioCode != null))
        {
            Assert.Contains(rule.IstioCode!, RepositoryPaths.Read(rule.HelpLink));
        }
    }
}
