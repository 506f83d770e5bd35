using Manifests.Generator.Model;
using Manifests.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Manifests.Generator.Tests.Crds;

public sealed class IncrementalGenerationTests
{
    private static readonly string[] CrdSteps = [TrackingNames.Crds.CrdFileParse, TrackingNames.Crds.CrdFileEmit];

    [Fact]
    public void Editing_an_unrelated_csharp_file_leaves_every_step_cached_or_unchanged()
    {
        Compilation compilation = CrdHarness.Compilation(true, "namespace App; public class Unrelated { }");
        GeneratorDriver driver = CrdHarness.Driver(CrdHarness.ShippedCrds()).RunGenerators(compilation);

        SyntaxTree old = compilation.SyntaxTrees.Single();
        Compilation edited = compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(
            "namespace App; public class Unrelated { public int Added { get; set; } }", GeneratorHarness.ParseOptions, old.FilePath));
        GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        // Roslyn's own input node "Compilation" is Modified by definition; every step of ours must not be.
        string[] ours = typeof(TrackingNames.Crds).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToArray();
        Assert.All(ours, step => Assert.True(second.TrackedSteps.ContainsKey(step), step + " is not tracked"));
        foreach (var (name, steps) in second.TrackedSteps.Where(s => ours.Contains(s.Key)).Concat(second.TrackedOutputSteps))
        {
            foreach (var (_, reason) in steps.SelectMany(step => step.Outputs))
            {
                Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name} was {reason}");
            }
        }
    }

    [Fact]
    public void A_second_run_without_changes_produces_no_new_output()
    {
        Compilation compilation = CrdHarness.Compilation();
        GeneratorDriver driver = CrdHarness.Driver(CrdHarness.ShippedCrds()).RunGenerators(compilation);
        GeneratorRunResult first = driver.GetRunResult().Results.Single();

        GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var reasons = second.TrackedOutputSteps.Values.SelectMany(steps => steps).SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.Equal(
            first.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())),
            second.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
    }

    [Fact]
    public void Editing_one_crd_file_reparses_and_regenerates_that_file_only()
    {
        IReadOnlyList<AdditionalText> files = CrdHarness.ShippedCrds();
        AdditionalText gatewayFile = files.Single(f => f.Path.EndsWith("istiogateways.istio.alibabacloud.com.yaml", StringComparison.Ordinal));
        Compilation compilation = CrdHarness.Compilation();
        GeneratorDriver driver = CrdHarness.Driver(files).RunGenerators(compilation);

        string edited = gatewayFile.GetText()!.ToString().Replace("The number of gateway pods.", "How many gateway pods run.", StringComparison.Ordinal);
        driver = driver.ReplaceAdditionalText(gatewayFile, GeneratorHarness.File(gatewayFile.Path, edited));
        GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        foreach (string step in CrdSteps)
        {
            var outputs = second.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            Assert.Equal(files.Count, outputs.Count);
            var modified = outputs.Where(o => o.Reason == IncrementalStepRunReason.Modified).ToList();
            Assert.Single(modified);
            Assert.Equal(files.Count - 1, outputs.Count(o => o.Reason == IncrementalStepRunReason.Cached));
            if (step == TrackingNames.Crds.CrdFileParse)
            {
                Assert.Equal(gatewayFile.Path, ((CrdFileSpec)modified[0].Value).Path);
            }
            else
            {
                var output = (CrdFileOutput)modified[0].Value;
                Assert.Equal("Manifests.Crds.Alibabacloud.Istio.V1Beta1.IstioGateway.g.cs", output.Sources.Single().HintName);
                Assert.Contains("How many gateway pods run.", output.Sources.Single().Text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Editing_only_a_comment_in_a_crd_file_reparses_it_but_regenerates_nothing()
    {
        IReadOnlyList<AdditionalText> files = CrdHarness.ShippedCrds();
        AdditionalText gatewayFile = files.Single(f => f.Path.EndsWith("gateways.networking.istio.io.yaml", StringComparison.Ordinal)
            && !f.Path.Contains("alibabacloud", StringComparison.Ordinal));
        Compilation compilation = CrdHarness.Compilation();
        GeneratorDriver driver = CrdHarness.Driver(files).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(gatewayFile, GeneratorHarness.File(gatewayFile.Path, "# a new comment\n" + gatewayFile.GetText()));
        GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var parse = second.TrackedSteps[TrackingNames.Crds.CrdFileParse].SelectMany(s => s.Outputs).ToList();
        Assert.Single(parse, o => o.Reason == IncrementalStepRunReason.Unchanged);
        Assert.All(second.TrackedSteps[TrackingNames.Crds.CrdFileEmit].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }
}
