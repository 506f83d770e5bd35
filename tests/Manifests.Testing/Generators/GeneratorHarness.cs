using System.Collections.Immutable;
using Manifests.Generator.Crds;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Manifests.Generator.Tests.Infrastructure;

/// <summary>Runs <see cref="CrdGenerator"/> through <see cref="CSharpGeneratorDriver"/> with step tracking on.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> WithKubernetesClient =
        [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(k8s.IKubernetesObject).Assembly.Location)];

    public static CSharpCompilation Compilation(bool withKubernetesClient = true, params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Source" + i + ".cs")),
            withKubernetesClient ? WithKubernetesClient : [.. Basic.Reference.Assemblies.Net100.References.All],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, string? rootNamespace = null) =>
        CSharpGeneratorDriver.Create(
            [new CrdGenerator().AsSourceGenerator()],
            files,
            ParseOptions,
            new OptionsProvider(rootNamespace),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static AdditionalText File(string path, string text) => new InMemoryAdditionalText(path, text);

    public static IReadOnlyList<AdditionalText> ShippedCrds() =>
        RepositoryFiles.ShippedCrdFiles().Select(path => File(path, System.IO.File.ReadAllText(path))).ToList();

    /// <summary>Runs the generator once over <paramref name="files"/> and returns the run and the output compilation.</summary>
    public static (GeneratorDriverRunResult Run, Compilation Output) Run(IEnumerable<AdditionalText> files, Compilation? input = null)
    {
        input ??= Compilation();
        GeneratorDriver driver = Driver(files).RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _);
        return (driver.GetRunResult(), output);
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText source = SourceText.From(text, System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => source;
    }

    private sealed class OptionsProvider(string? rootNamespace) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(rootNamespace);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(string? rootNamespace) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(null);

            public override bool TryGetValue(string key, out string value)
            {
                value = rootNamespace ?? "";
                return rootNamespace is not null && key == "build_property." + CrdGenerator.RootNamespaceProperty;
            }
        }
    }
}
