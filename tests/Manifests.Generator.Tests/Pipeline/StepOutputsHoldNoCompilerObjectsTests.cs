extern alias model;

using System.Collections.Immutable;
using System.Reflection;
using Manifests.Generator.Tests.Infrastructure;
using Manifests.Generator.Topology;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Manifests.Generator.Tests.Pipeline;

/// <summary>
/// As NetEscapades.EnumGenerators does: every generator runs with step tracking on, and no output of its named steps,
/// nor any value handed to its source outputs, holds a symbol, syntax node, syntax tree, compilation, semantic model
/// or location.
/// </summary>
public sealed class StepOutputsHoldNoCompilerObjectsTests
{
    [Fact]
    public void Crd_generator_steps_hold_plain_values()
    {
        // The shipped CRDs, plus a broken file and a duplicated one so the diagnostics' values are walked too.
        var files = CrdHarness.ShippedCrds()
            .Append(GeneratorHarness.File("/crds/broken.yaml", "kind: CustomResourceDefinition\nspec:\n  group: [unclosed\n"))
            .Append(GeneratorHarness.File("/crds/zz-again.yaml", CrdHarness.ShippedCrds()[0].GetText()!.ToString()))
            .ToList();
        Compilation compilation = CrdHarness.Compilation(true, "namespace App; public class Unrelated { }");

        GeneratorDriver driver = CrdHarness.Driver(files).RunGenerators(compilation);

        AssertPlainValues(driver.GetRunResult(), typeof(TrackingNames.Crds));
        AssertPlainValues(driver.RunGenerators(compilation.AddSyntaxTrees(Tree("Second.cs", "namespace App; public class Second { }"))).GetRunResult(), typeof(TrackingNames.Crds));
    }

    [Fact]
    public void Topology_generator_steps_hold_plain_values()
    {
        // Bookinfo as shipped, and a copy with a wrong version so the findings and their spans are walked too.
        string bookinfo = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "topology", "BookinfoTopology.cs"));
        string wrong = bookinfo
            .Replace("""TrafficPolicy.AllTo("v3")""", """TrafficPolicy.AllTo("v4")""", StringComparison.Ordinal)
            .Replace("class BookinfoTopology", "class WrongTopology", StringComparison.Ordinal);
        Compilation compilation = CSharpCompilation.Create(
            "UserTopology",
            [Tree("BookinfoTopology.cs", bookinfo), Tree("WrongTopology.cs", wrong)],
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(model::Manifests.Model.Mesh).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new TopologyDiagnosticsGenerator().AsSourceGenerator()],
            parseOptions: GeneratorHarness.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        GeneratorDriverRunResult run = driver.RunGenerators(compilation).GetRunResult();

        Assert.NotEmpty(run.Diagnostics);
        AssertPlainValues(run, typeof(TrackingNames.Topology));
    }

    [Fact]
    public void Object_writer_generator_steps_hold_plain_values()
    {
        // Every value shape the samples have, and a class with two problems so its diagnostics are walked too.
        Compilation samples = ObjectWriterHarness.Compilation(
            ObjectWriterHarness.CompiledSource("KeyOrderSink.cs"),
            ObjectWriterHarness.CompiledSource("SampleWriters.cs"),
            """
            using System.Text.Json.Serialization;
            using Manifests.Render.Emit;
            namespace App;
            public sealed class Thing { [JsonPropertyName("a")] public string? A { get; set; } [JsonPropertyName("a")] public string? B { get; set; } }
            [ObjectWriters(typeof(Thing), typeof(string))]
            internal static partial class Writers { }
            """);

        GeneratorDriverRunResult run = ObjectWriterHarness.Driver().RunGenerators(samples).GetRunResult();

        Assert.NotEmpty(run.Diagnostics);
        AssertPlainValues(run, typeof(TrackingNames.ObjectWriters));
    }

    [Fact]
    public void The_walker_finds_a_compiler_object_inside_records_tuples_and_collections()
    {
        SyntaxTree tree = Tree("Nested.cs", "class C { }");
        var nested = (Name: "spec", Items: ImmutableArray.Create(new Holder("x", [tree.GetRoot().GetLocation()])));

        IReadOnlyList<string> found = StepOutputWalker.FindCompilerObjects(nested, "value");

        string finding = Assert.Single(found);
        Assert.StartsWith("value.Item2.", finding, StringComparison.Ordinal);
        Assert.EndsWith("<Locations>k__BackingField[0] holds a Location (Microsoft.CodeAnalysis.SourceLocation)", finding, StringComparison.Ordinal);
    }

    private static void AssertPlainValues(GeneratorDriverRunResult run, Type trackingNames)
    {
        string[] ours = trackingNames.GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetRawConstantValue()!).ToArray();
        GeneratorRunResult result = run.Results.Single();
        Assert.All(ours, step => Assert.True(result.TrackedSteps.ContainsKey(step), step + " is not tracked"));

        // Our named steps' outputs, and what each source output is handed (an output step's own value is what
        // Roslyn produced: sources and diagnostics, which hold locations by design).
        var values = result.TrackedSteps.Where(step => ours.Contains(step.Key))
            .SelectMany(step => step.Value.SelectMany((run, i) => run.Outputs.Select((output, j) => (Path: step.Key + "#" + i + "[" + j + "]", output.Value))))
            .Concat(result.TrackedOutputSteps.SelectMany(step => step.Value.SelectMany((run, i) => run.Inputs.Select((input, j) =>
                (Path: step.Key + "#" + i + ".input" + j, input.Source.Outputs[input.OutputIndex].Value)))))
            .ToList();
        Assert.NotEmpty(values);
        var found = values.SelectMany(value => StepOutputWalker.FindCompilerObjects(value.Value, value.Path)).ToList();
        Assert.True(found.Count == 0, "Step outputs hold compiler objects:" + Environment.NewLine + string.Join(Environment.NewLine, found));
    }

    private static SyntaxTree Tree(string path, string source) => CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: path);

    private sealed record Holder(string Name, Location[] Locations);
}
