using BenchmarkDotNet.Attributes;
using Manifests.Generator.Crds;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Manifests.Generator.Bench;

/// <summary>
/// The CRD generator over every shipped CRD (crds/, about 2.4 MB of YAML): a full run from a new driver, and the
/// incremental run after one CRD file (VirtualService) is edited.
/// </summary>
[MemoryDiagnoser]
public class CrdGeneratorBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
    private Compilation compilation = null!;
    private AdditionalText[] files = null!;
    private GeneratorDriver warmDriver = null!;
    private AdditionalText virtualService = null!;
    private AdditionalText[] editedVirtualService = null!;
    private int edit;

    [GlobalSetup]
    public void Setup()
    {
        string crds = Path.Combine(FindRepositoryRoot(), "crds");
        files = Directory.GetFiles(crds, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (AdditionalText)new FileText(path, File.ReadAllText(path)))
            .ToArray();
        compilation = CSharpCompilation.Create(
            "Bench",
            [CSharpSyntaxTree.ParseText("namespace App; public class Marker { }", ParseOptions)],
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(k8s.IKubernetesObject).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        virtualService = files.Single(f => f.Path.EndsWith("virtualservices.networking.istio.io.yaml", StringComparison.Ordinal));
        string text = virtualService.GetText()!.ToString();

        // Two alternating edits of one description, so every measured run sees a real change.
        editedVirtualService =
        [
            new FileText(virtualService.Path, text.Replace("The destination hosts to which traffic is being sent.", "Hosts traffic is sent to (edit A).", StringComparison.Ordinal)),
            new FileText(virtualService.Path, text.Replace("The destination hosts to which traffic is being sent.", "Hosts traffic is sent to (edit B).", StringComparison.Ordinal)),
        ];
        warmDriver = NewDriver().RunGenerators(compilation);
        warmDriver = warmDriver.ReplaceAdditionalText(virtualService, editedVirtualService[1]).RunGenerators(compilation);
    }

    /// <summary>Parse every CRD file and emit every source, as a clean build does.</summary>
    [Benchmark]
    public int FullRun() => NewDriver().RunGenerators(compilation).GetRunResult().GeneratedTrees.Length;

    /// <summary>One CRD file changed since the last run: only it is parsed and emitted again.</summary>
    [Benchmark]
    public int OneCrdFileEdited()
    {
        AdditionalText previous = editedVirtualService[(edit + 1) % 2];
        AdditionalText next = editedVirtualService[edit % 2];
        edit++;
        warmDriver = warmDriver.ReplaceAdditionalText(previous, next).RunGenerators(compilation);
        return warmDriver.GetRunResult().GeneratedTrees.Length;
    }

    private GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create([new CrdGenerator().AsSourceGenerator()], files, ParseOptions);

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Manifests.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository: Manifests.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class FileText(string path, string text) : AdditionalText
    {
        private readonly SourceText source = SourceText.From(text, System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => source;
    }
}
