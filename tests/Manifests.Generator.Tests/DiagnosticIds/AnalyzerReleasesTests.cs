using System.Globalization;
using Manifests.Generator.Tests.Infrastructure;
using Manifests.Generator.Topology;
using Microsoft.CodeAnalysis;

namespace Manifests.Generator.Tests.DiagnosticIds;

/// <summary>
/// The release files list exactly the ids the generator can report (its own MCRD/MOBJ descriptors and every topology
/// rule), each with its descriptor's category, severity and title. A new rule fails here with the line to add.
/// </summary>
public sealed class AnalyzerReleasesTests
{
    [Fact]
    public void Release_files_list_every_descriptor_with_its_category_severity_and_title()
    {
        List<string> problems = AnalyzerReleaseFiles.Compare(ExpectedRows(), ReleaseFile("Shipped"), ReleaseFile("Unshipped"));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, problems));
    }

    [Fact]
    public void A_missing_row_is_reported_with_the_exact_line_to_add()
    {
        var rule = new ReleaseRow("MESH999", "Manifests.Topology", "Error", "A rule added later");
        var listed = new ReleaseRow("MCRD001", "Manifests.Crds", "Error", "CRD file is not valid YAML");
        string unshipped = "### New Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\n" + listed + "\n";

        List<string> problems = AnalyzerReleaseFiles.Compare([listed, rule], ("Shipped.md", ""), ("Unshipped.md", unshipped));

        string problem = Assert.Single(problems);
        Assert.EndsWith(Environment.NewLine + "MESH999 | Manifests.Topology | Error | A rule added later", problem, StringComparison.Ordinal);
        Assert.Contains("add this line under '### New Rules' in docs/diagnostics/AnalyzerReleases.Unshipped.md", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extra_or_disagreeing_row_is_reported_and_a_removed_one_is_not_listed()
    {
        string shipped = "## Release 1.0\n\n### New Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\n"
            + "MCRD001 | Manifests.Crds | Error | CRD file is not valid YAML\nMCRD009 | Manifests.Crds | Error | Retired\n";
        string unshipped = "### Removed Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\nMCRD009 | Manifests.Crds | Error | Retired\n\n"
            + "### New Rules\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|-------\n"
            + "MOBJ001 | Manifests.Writers | Warning | Old title\nMOBJ777 | Manifests.Writers | Error | Nobody reports this\n";
        ReleaseRow[] expected = [new("MCRD001", "Manifests.Crds", "Error", "CRD file is not valid YAML"), new("MOBJ001", "Manifests.Writers", "Error", "New title")];

        List<string> problems = AnalyzerReleaseFiles.Compare(expected, ("Shipped.md", shipped), ("Unshipped.md", unshipped));

        Assert.Equal(2, problems.Count);
        Assert.Contains("MOBJ001 | Manifests.Writers | Warning | Old title" + Environment.NewLine + "with" + Environment.NewLine + "MOBJ001 | Manifests.Writers | Error | New title", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("MOBJ777 has no descriptor: remove this line from Unshipped.md", problems[1], StringComparison.Ordinal);
    }

    private static IEnumerable<ReleaseRow> ExpectedRows() =>
        DiagnosticDescriptors.All.Concat(TopologyDiagnosticDescriptors.All).Select(descriptor => new ReleaseRow(
            descriptor.Id,
            descriptor.Category,
            descriptor.DefaultSeverity.ToString(),
            descriptor.Title.ToString(CultureInfo.InvariantCulture)));

    private static (string File, string Text) ReleaseFile(string kind)
    {
        string relative = "docs/diagnostics/AnalyzerReleases." + kind + ".md";
        return (relative, File.ReadAllText(Path.Combine(RepositoryPaths.Root, relative)));
    }
}
