using System.Collections.Immutable;
using System.Reflection;
using Manifests.Generator.Writers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Manifests.Generator.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="ObjectWriterGenerator"/> through the shared <see cref="GeneratorHarness"/>, over
/// a compilation that carries the render's own sink contract and JSON sink (render/Emit, compiled from the
/// repository's files: the generator matches the attribute by name, and the generated code calls that interface).
/// </summary>
internal static class ObjectWriterHarness
{
    /// <summary>The folder of C# files compiled by the tests (not by the test project): a recording sink and the entry points.</summary>
    public static string CompiledSourceFolder { get; } = Path.Combine(AppContext.BaseDirectory, "Writers", "Compiled");

    // KubernetesClient for k8s.Models, this assembly for the sample types, the CRD sample for generated CRD classes.
    private static readonly ImmutableArray<MetadataReference> References =
        GeneratorHarness.Net100ReferencesAnd(typeof(k8s.IKubernetesObject), typeof(ObjectWriterHarness), typeof(Manifests.Crds.Sample.SampleRoutes));

    // The render's files the generated code and the tests' entry points need, as the render compiles them (with its
    // implicit usings).
    private static readonly string[] RenderSources =
    [
        "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq;",
        .. new[] { "IObjectSink.cs", "ObjectWritersAttribute.cs", "JsonSink.cs", "ConvertedValues.cs", "Utf8Buffer.cs" }
            .Select(file => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "render", "Emit", file))),
    ];

    /// <summary>The render's sink contract and JSON sink plus <paramref name="sources"/>.</summary>
    public static CSharpCompilation Compilation(params string[] sources) =>
        GeneratorHarness.Compilation(
            "ObjectWritersConsumer",
            RenderSources.Concat(sources).Select((source, i) => GeneratorHarness.Tree("Source" + i + ".cs", source)),
            References);

    public static string CompiledSource(string fileName) => File.ReadAllText(Path.Combine(CompiledSourceFolder, fileName));

    public static GeneratorDriver Driver() => GeneratorHarness.Driver(new ObjectWriterGenerator());

    /// <summary>Runs the generator once and returns the run and the output compilation.</summary>
    public static (GeneratorDriverRunResult Run, Compilation Output) Run(Compilation input)
    {
        var (_, run, output) = GeneratorHarness.Run(Driver(), input);
        return (run, output);
    }

    /// <summary>Emits <paramref name="compilation"/> and loads it; fails with the compiler's diagnostics if it does not build.</summary>
    public static Assembly EmitAndLoad(Compilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return Assembly.Load(image.ToArray());
    }

    /// <summary>Every warning and error of the output compilation (the generated code included).</summary>
    public static IReadOnlyList<Diagnostic> Problems(Compilation output) =>
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
}
