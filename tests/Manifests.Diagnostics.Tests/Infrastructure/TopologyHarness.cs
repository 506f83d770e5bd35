extern alias generator;

using System.Collections.Immutable;
using Manifests.Model;
using Microsoft.CodeAnalysis;
using TopologyDiagnosticsGenerator = generator::Manifests.Generator.Topology.TopologyDiagnosticsGenerator;

namespace Manifests.Diagnostics.Tests.Infrastructure;

/// <summary>Compiles topology sources against the real model and runs the diagnostics generator through the shared <see cref="GeneratorHarness"/>.</summary>
internal static class TopologyHarness
{
    /// <summary>The generator's one named step.</summary>
    public const string TopologiesStep = generator::Manifests.Generator.TrackingNames.Topology.Topologies;

    private static readonly ImmutableArray<MetadataReference> References = GeneratorHarness.Net100ReferencesAnd(typeof(Mesh));

    public static Microsoft.CodeAnalysis.CSharp.CSharpCompilation Compilation(params SyntaxTree[] trees) => GeneratorHarness.Compilation("UserTopology", trees, References);

    public static GeneratorDriver Driver() => GeneratorHarness.Driver(new TopologyDiagnosticsGenerator());

    /// <summary>Runs the generator once; returns its diagnostics and the compiler's own errors (which a test snippet must not have).</summary>
    public static GeneratorRun Run(Compilation compilation)
    {
        var (driver, result, output) = GeneratorHarness.Run(Driver(), compilation);
        var compilerErrors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("MESH", StringComparison.Ordinal)).ToList();
        return new GeneratorRun(result.Diagnostics, compilerErrors, driver, compilation);
    }

    /// <summary>Runs the user's <c>Declare()</c> as the CLI would: compiled, loaded in a context of its own (the model is shared), called.</summary>
    public static Mesh Declare(Compilation compilation, string typeName = "Shop.ShopTopology")
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        image.Position = 0;
        var context = new System.Runtime.Loader.AssemblyLoadContext("topology", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var topology = (ITopology)Activator.CreateInstance(assembly.GetType(typeName, throwOnError: true)!)!;
            return topology.Declare();
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Wraps a mesh expression as the body of a <c>[Topology]</c> class's <c>Declare()</c>.</summary>
    public static string TopologyClass(string meshExpression, string members = "") => $$"""
        using System;
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
