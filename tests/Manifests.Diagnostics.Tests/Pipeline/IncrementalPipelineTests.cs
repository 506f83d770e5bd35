using Manifests.Diagnostics.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Manifests.Diagnostics.Tests.Pipeline;

/// <summary>The pipeline carries plain values only, so edits elsewhere reuse the last result.</summary>
public sealed class IncrementalPipelineTests
{
    private static readonly SyntaxTree Bookinfo = GeneratorHarness.Tree("BookinfoTopology.cs", RepositoryPaths.Read(Path.Combine("topology", "BookinfoTopology.cs")));

    private static readonly SyntaxTree Unrelated = GeneratorHarness.Tree("Clock.cs", "namespace Bookinfo.Topology; internal static class Clock { public const int Hour = 1; }");

    [Fact]
    public void Unrelated_edit_leaves_every_topology_step_cached_or_unchanged()
    {
        var compilation = TopologyHarness.Compilation(Bookinfo, Unrelated);
        var driver = TopologyHarness.Driver().RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(Unrelated, GeneratorHarness.Tree("Clock.cs", "namespace Bookinfo.Topology; internal static class Clock { public const int Hour = 2; public static int Minute => 3; }"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        // Roslyn's own steps inside ForAttributeWithMetadataName re-bind against the new compilation; the topology value comes out equal.
        Assert.Contains(TopologyHarness.TopologiesStep, result.TrackedSteps.Keys);
        AssertAllCachedOrUnchanged(result.TrackedSteps[TopologyHarness.TopologiesStep]);
        AssertAllCachedOrUnchanged(result.TrackedOutputSteps.SelectMany(s => s.Value));
    }

    [Fact]
    public void Second_run_without_change_reports_the_same_and_recomputes_nothing()
    {
        var source = RepositoryPaths.Read(Path.Combine("topology", "BookinfoTopology.cs")).Replace("""Version("reviews", "v3", M1c1)""", """Version("reviews", "v3", "m1c3")""", StringComparison.Ordinal);
        var compilation = TopologyHarness.Compilation(GeneratorHarness.Tree("BookinfoTopology.cs", source));
        var driver = TopologyHarness.Driver().RunGenerators(compilation);
        var first = driver.GetRunResult();

        var second = driver.RunGenerators(compilation).GetRunResult();

        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
        var result = second.Results.Single();
        // Roslyn re-collects its own global-alias step (Unchanged); the generator's step and output are reused as they are.
        AssertAllCachedOrUnchanged(result.TrackedSteps.Values.SelectMany(steps => steps));
        Assert.All(result.TrackedSteps[TopologyHarness.TopologiesStep].SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.All(result.TrackedOutputSteps.Values.SelectMany(steps => steps).SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Fixing_the_topology_recomputes_and_clears_the_diagnostic()
    {
        var wrong = GeneratorHarness.Tree("BookinfoTopology.cs", RepositoryPaths.Read(Path.Combine("topology", "BookinfoTopology.cs")).Replace("""TrafficPolicy.AllTo("v3")""", """TrafficPolicy.AllTo("v4")""", StringComparison.Ordinal));
        var compilation = TopologyHarness.Compilation(wrong);
        var driver = TopologyHarness.Driver().RunGenerators(compilation);
        Assert.Single(driver.GetRunResult().Diagnostics);

        var fixedRun = driver.RunGenerators(compilation.ReplaceSyntaxTree(wrong, Bookinfo)).GetRunResult();

        Assert.Empty(fixedRun.Diagnostics);
        Assert.Contains(fixedRun.Results.Single().TrackedSteps[TopologyHarness.TopologiesStep].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
    }

    private static void AssertAllCachedOrUnchanged(IEnumerable<IncrementalGeneratorRunStep> steps) =>
        Assert.All(steps.SelectMany(step => step.Outputs), output =>
            Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Step output was {output.Reason}."));
}
