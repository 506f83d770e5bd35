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
    public void Index_lists_every_rule_with_its_severity_title_and_istio_code()
    {
        var index = RepositoryPaths.Read(Path.Combine("docs", "diagnostics", "README.md"));

        foreach (var rule in RuleDescriptors.All)
        {
            var row = $"| [{rule.Id}]({rule.Id}.md) | {(rule.Severity == RuleSeverity.Error ? "error" : "warning")} | {rule.Title} | {rule.IstioCode ?? "—"} |";
            Assert.Contains(row, index);
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
