extern alias generator;

using System.Collections.Immutable;
using Manifests.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TopologyDiagnosticsGenerator = generator::Manifests.Generator.Topology.TopologyDiagnosticsGenerator;

namespace Manifests.Diagnostics.Tests.Infrastructure;

/// <summary>Compiles topology sources against the real model and runs the diagnostics generator with step tracking on.</summary>
internal static class GeneratorHarness
{
    /// <summary>The generator's one named step (generator/Topology/TopologyTrackingNames.cs).</summary>
    public const string TopologiesStep = "Topology.Topologies";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References =
        [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(Mesh).Assembly.Location)];

    public static SyntaxTree Tree(string path, string source) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: path);

    public static CSharpCompilation Compilation(params SyntaxTree[] trees) =>
        CSharpCompilation.Create(
            "UserTopology",
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver() =>
        CSharpGeneratorDriver.Create(
            [new TopologyDiagnosticsGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once; returns its diagnostics and the compiler's own errors (which a test snippet must not have).</summary>
    public static GeneratorRun Run(Compilation compilation)
    {
        var driver = Driver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = driver.GetRunResult();
        var compilerErrors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("MESH", StringComparison.Ordinal)).ToList();
        return new GeneratorRun(result.Diagnostics, compilerErrors, driver, compilation);
    }

    /// <summary>Wraps a mesh expression as the body of a <c>[Topology]</c> class's <c>Declare()</c>.</summary>
    public static string TopologyClass(string meshExpression, string members = "") => $$"""
        using Manifests.Model;

        namespace Shop;

        [Topology]
        public sealed class ShopTopology : ITopology
        {
            public Mesh Declare() => {{meshExpression}};
        {{members}}
        }
        """;
}

/// <summary>One generator run.</summary>
internal sealed record GeneratorRun(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Diagnostic> CompilerErrors, GeneratorDriver Driver, Compilation Input)
{
    /// <summary>The source text a diagnostic points at (generator diagnostics carry a path and span, so the text is read from the input trees).</summary>
    public string SpanText(Diagnostic diagnostic)
    {
        var path = diagnostic.Location.GetLineSpan().Path;
        var tree = Input.SyntaxTrees.Single(t => t.FilePath == path);
        return tree.GetText().ToString(diagnostic.Location.SourceSpan);
    }
}
