using Manifests.Render.Write;
using Manifests.Tests.Support;

namespace Manifests.Tests.Output;

/// <summary>The committed manifests-out/ is the product's reviewed output: it must be what a build produces now.</summary>
public sealed class CommittedOutputTests
{
    [Fact]
    public void Manifests_out_in_the_working_tree_equals_a_fresh_render_of_the_topology()
    {
        var render = Manifests.Render.ManifestRenderer.Render(RenderedObjects.Bookinfo(), typeof(Bookinfo.Topology.BookinfoTopology).FullName!);
        var differences = OutputCheck.Compare(RepositoryPaths.ManifestsOut, render.Files)
            .Concat(OutputCheck.Compare(RepositoryPaths.Kustomize, render.KustomizeFiles))
            .ToList();
        Assert.True(differences.Count == 0, "Run 'dotnet build' and commit manifests-out/ and kustomize/:\n" + string.Join("\n", differences.Select(d => d.UnifiedDiff)));
    }

    // The test build itself renders into manifests-out/, so a stale commit would be silently repaired in the
    // working tree; comparing with git's index catches it (in CI the index is the commit under test).
    [GitCheckoutFact]
    public void Manifests_out_after_the_build_equals_what_git_has_staged()
    {
        var (_, diff, _) = ChildProcess.Run(ExternalTools.Git!, RepositoryPaths.Root, "diff", "--stat", "--", "manifests-out", "kustomize");
        var (_, untracked, _) = ChildProcess.Run(ExternalTools.Git!, RepositoryPaths.Root, "ls-files", "--others", "--exclude-standard", "--", "manifests-out", "kustomize");
        Assert.True(diff.Length == 0 && untracked.Length == 0,
            $"The build changed the committed output; commit manifests-out/ and kustomize/ as 'dotnet build' writes them:\n{diff}{untracked}");
    }
}
