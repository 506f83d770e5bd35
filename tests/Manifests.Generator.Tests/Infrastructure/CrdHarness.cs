using System.Collections.Immutable;
using Manifests.Generator.Crds;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Manifests.Generator.Tests.Infrastructure;

/// <summary>Runs <see cref="CrdGenerator"/> over CRD files through the shared <see cref="GeneratorHarness"/>.</summary>
internal static class CrdHarness
{
    private static readonly ImmutableArray<MetadataReference> WithKubernetesClient = GeneratorHarness.Net100ReferencesAnd(typeof(k8s.IKubernetesObject));

    public static CSharpCompilation Compilation(bool withKubernetesClient = true, params string[] sources) =>
        GeneratorHarness.Compilation(
            "Consumer",
            sources.Select((source, i) => GeneratorHarness.Tree("Source" + i + ".cs", source)),
            withKubernetesClient ? WithKubernetesClient : GeneratorHarness.Net100References);

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, string? rootNamespace = null) =>
        GeneratorHarness.Driver(
            new CrdGenerator(),
            files,
            GeneratorHarness.GlobalOptions(rootNamespace is null
                ? new Dictionary<string, string>()
                : new Dictionary<string, string> { ["build_property." + CrdGenerator.RootNamespaceProperty] = rootNamespace }));

    public static IReadOnlyList<AdditionalText> ShippedCrds() =>
        RepositoryPaths.ShippedCrdFiles().Select(path => GeneratorHarness.File(path, File.ReadAllText(path))).ToList();

    /// <summary>Runs the generator once over <paramref name="files"/> and returns the run and the output compilation.</summary>
    public static (GeneratorDriverRunResult Run, Compilation Output) Run(IEnumerable<AdditionalText> files, Compilation? input = null)
    {
        var (_, run, output) = GeneratorHarness.Run(Driver(files), input ?? Compilation());
        return (run, output);
    }
}
