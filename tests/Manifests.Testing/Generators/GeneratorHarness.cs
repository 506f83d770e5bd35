using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Manifests.Testing;

/// <summary>
/// Runs a source generator in process the way the compiler does: <see cref="CSharpGeneratorDriver"/> with
/// <c>trackIncrementalGeneratorSteps</c> on, over compilations against Basic.Reference.Assemblies (no downloads).
/// </summary>
public static class GeneratorHarness
{
    /// <summary>The language version every test compilation and generator driver uses.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>The .NET 10 reference assemblies.</summary>
    public static ImmutableArray<MetadataReference> Net100References { get; } = [.. Basic.Reference.Assemblies.Net100.References.All];

    /// <summary>The .NET 10 reference assemblies and the assemblies that define <paramref name="types"/>.</summary>
    public static ImmutableArray<MetadataReference> Net100ReferencesAnd(params Type[] types) =>
        [.. Net100References, .. types.Select(type => MetadataReference.CreateFromFile(type.Assembly.Location))];

    /// <summary>A syntax tree of <paramref name="source"/> at <paramref name="path"/>.</summary>
    public static SyntaxTree Tree(string path, string source) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: path);

    /// <summary>A library compilation with nullable reference types on, as the repository's projects compile.</summary>
    public static CSharpCompilation Compilation(string assemblyName, IEnumerable<SyntaxTree> trees, IEnumerable<MetadataReference> references) =>
        CSharpCompilation.Create(
            assemblyName,
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>A driver for <paramref name="generator"/> that records every incremental step.</summary>
    public static GeneratorDriver Driver(
        IIncrementalGenerator generator,
        IEnumerable<AdditionalText>? additionalTexts = null,
        AnalyzerConfigOptionsProvider? options = null) =>
        CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            additionalTexts,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs <paramref name="driver"/> once over <paramref name="input"/>: the driver after the run, its result and the output compilation.</summary>
    public static (GeneratorDriver Driver, GeneratorDriverRunResult Run, Compilation Output) Run(GeneratorDriver driver, Compilation input)
    {
        var ran = driver.RunGeneratorsAndUpdateCompilation(input, out var output, out _);
        return (ran, ran.GetRunResult(), output);
    }

    /// <summary>An additional file (a CRD, say) held in memory.</summary>
    public static AdditionalText File(string path, string text) => new InMemoryAdditionalText(path, text);

    /// <summary>Global analyzer options, as MSBuild passes <c>build_property.*</c> values to a generator.</summary>
    public static AnalyzerConfigOptionsProvider GlobalOptions(IReadOnlyDictionary<string, string> values) => new GlobalOptionsProvider(values);
}
