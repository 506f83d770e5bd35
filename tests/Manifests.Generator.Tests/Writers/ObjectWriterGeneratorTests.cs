using Manifests.Generator.Tests.Infrastructure;
using Manifests.Generator.Writers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Manifests.Generator.Tests.Writers;

public sealed class ObjectWriterGeneratorTests : IClassFixture<SampleWritersAssembly>
{
    private readonly SampleWritersAssembly sampleWriters;

    public ObjectWriterGeneratorTests(SampleWritersAssembly sampleWriters) => this.sampleWriters = sampleWriters;

    [Fact]
    public void Writers_for_core_kinds_crds_and_every_value_shape_compile_without_diagnostics()
    {
        GeneratorRunResult result = sampleWriters.Run.Results.Single();

        Assert.Empty(result.Diagnostics);
        Assert.Single(result.GeneratedSources);
        Assert.Empty(ObjectWriterHarness.Problems(sampleWriters.Output));
    }

    [Fact]
    public void Generated_source_for_a_small_sample_matches_its_snapshot()
    {
        (GeneratorDriverRunResult run, Compilation output) = ObjectWriterHarness.Run(WidgetCompilation());

        GeneratedSourceResult source = run.Results.Single().GeneratedSources.Single();
        Assert.Equal("Sample.Widgets.WidgetWriters.ObjectWriters.g.cs", source.HintName);
        Assert.Empty(ObjectWriterHarness.Problems(output));
        SourceSnapshot.Match(source.SourceText.ToString(), "Sample.Widgets.WidgetWriters.ObjectWriters.snap", "Writers");
    }

    [Fact]
    public void Editing_an_unrelated_csharp_file_leaves_every_step_cached_or_unchanged()
    {
        Compilation compilation = WidgetCompilation().AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace App; public class Unrelated { }", GeneratorHarness.ParseOptions, "Unrelated.cs"));
        GeneratorDriver driver = ObjectWriterHarness.Driver().RunGenerators(compilation);

        SyntaxTree old = compilation.SyntaxTrees.Single(tree => tree.FilePath == "Unrelated.cs");
        Compilation edited = compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(
            "namespace App; public class Unrelated { public int Added { get; set; } }", GeneratorHarness.ParseOptions, old.FilePath));
        GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        string[] ours = [TrackingNames.ObjectWriters.ObjectWritersParse, TrackingNames.ObjectWriters.ObjectWritersEmit];
        Assert.All(ours, step => Assert.True(second.TrackedSteps.ContainsKey(step), step + " is not tracked"));
        var outputs = second.TrackedSteps.Where(s => ours.Contains(s.Key)).Concat(second.TrackedOutputSteps)
            .SelectMany(s => s.Value.SelectMany(step => step.Outputs).Select(output => (s.Key, output.Reason)))
            .ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.True(
            output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{output.Key} was {output.Reason}"));
    }

    [Fact]
    public void Editing_the_roots_regenerates_the_writers()
    {
        Compilation compilation = WidgetCompilation();
        GeneratorDriver driver = ObjectWriterHarness.Driver().RunGenerators(compilation);

        SyntaxTree old = compilation.SyntaxTrees.Single(tree => tree.ToString().Contains("[ObjectWriters(", StringComparison.Ordinal));
        string text = old.ToString().Replace("[ObjectWriters(typeof(Widget))]", "[ObjectWriters(typeof(Widget), typeof(WidgetPort))]", StringComparison.Ordinal);
        GeneratorRunResult second = driver
            .RunGenerators(compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, old.FilePath)))
            .GetRunResult().Results.Single();

        var emit = second.TrackedSteps[TrackingNames.ObjectWriters.ObjectWritersEmit].SelectMany(step => step.Outputs).Single();
        Assert.Equal(IncrementalStepRunReason.Modified, emit.Reason);
        Assert.Contains("WriteRoot_Sample_Widgets_WidgetPort(", ((ObjectWritersOutput)emit.Value).Text, StringComparison.Ordinal);
    }

    private static Compilation WidgetCompilation() =>
        ObjectWriterHarness.Compilation(ObjectWriterHarness.CompiledSource("WidgetWriters.cs"));
}
