using System;
using System.Collections.Immutable;
using System.Linq;
using Manifests.Generator.Helpers;
using Manifests.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Manifests.Generator.Crds;

/// <summary>
/// Turns CustomResourceDefinition YAML given as <c>AdditionalFiles</c> (<c>.yaml</c>/<c>.yml</c>) into typed C#
/// classes, one per kind and served version. Each file is parsed and emitted as its own pipeline item, so editing
/// one CRD file re-runs only that file's steps.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CrdGenerator : IIncrementalGenerator
{
    /// <summary>The MSBuild property (made visible with <c>CompilerVisibleProperty</c>) for the root namespace.</summary>
    public const string RootNamespaceProperty = "ManifestsCrdNamespace";

    /// <summary>The root namespace when the property is not set.</summary>
    public const string DefaultRootNamespace = "Manifests.Crds";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<string> rootNamespace = context.AnalyzerConfigOptionsProvider
            .Select((options, _) =>
                options.GlobalOptions.TryGetValue("build_property." + RootNamespaceProperty, out string? value)
                && !string.IsNullOrWhiteSpace(value) ? value.Trim() : DefaultRootNamespace)
            .WithTrackingName(TrackingNames.Crds.CrdRootNamespace);

        IncrementalValueProvider<(bool HasKubernetesClient, bool HasEnumMemberNames)> references = context.CompilationProvider
            .Select((compilation, _) => (
                compilation.GetTypeByMetadataName("k8s.IKubernetesObject`1") is not null,
                compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute") is not null))
            .WithTrackingName(TrackingNames.Crds.KubernetesClientPresence);

        IncrementalValueProvider<CrdGenerationSettings> settings = rootNamespace
            .Combine(references)
            .Select((pair, _) => new CrdGenerationSettings(pair.Left, pair.Right.HasKubernetesClient, pair.Right.HasEnumMemberNames))
            .WithTrackingName(TrackingNames.Crds.CrdGenerationSettings);

        IncrementalValuesProvider<CrdFileSpec> crdFiles = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
                || file.Path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Select(static (file, cancellationToken) =>
                CrdParser.Parse(file.Path, file.GetText(cancellationToken)?.ToString(), cancellationToken))
            .WithTrackingName(TrackingNames.Crds.CrdFileParse);

        // Only the (small) list of type names is collected across files, so a CRD edit that keeps its names leaves
        // this value unchanged and the other files' emit steps cached.
        IncrementalValueProvider<ContestedCrdTypes> contested = crdFiles
            .Select(static (file, _) => new CrdFileTypeKeys(file.Path, file.Crds.SelectMany(crd => crd.Versions
                .Select(version => CrdEmitter.TypeKey(crd.Group, version.Version, crd.Kind))).ToEquatableArray()))
            .Collect()
            .Select(static (files, _) => FindContested(files))
            .WithTrackingName(TrackingNames.Crds.ContestedCrdTypes);

        IncrementalValuesProvider<CrdFileOutput> outputs = crdFiles
            .Combine(settings)
            .Combine(contested)
            .Select(static (pair, cancellationToken) => CrdEmitter.Emit(pair.Left.Left, pair.Left.Right, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Crds.CrdFileEmit);

        context.RegisterSourceOutput(outputs, static (output, file) =>
        {
            foreach (DiagnosticInfo diagnostic in file.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            foreach (GeneratedSourceSpec source in file.Sources)
            {
                output.AddSource(source.HintName, source.Text);
            }
        });

        IncrementalValueProvider<bool> anyCrd = crdFiles
            .Select(static (file, _) => file.Crds.Count != 0)
            .Collect()
            .Select(static (flags, _) => flags.Any(flag => flag))
            .WithTrackingName(TrackingNames.Crds.AnyCrdPresent);

        context.RegisterSourceOutput(anyCrd.Combine(settings), static (output, pair) =>
        {
            if (pair.Left && !pair.Right.HasKubernetesClient)
            {
                output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.KubernetesClientMissing, Location.None));
            }
        });
    }

    private static ContestedCrdTypes FindContested(ImmutableArray<CrdFileTypeKeys> files)
    {
        var owners = files
            .SelectMany(file => file.Keys.Distinct().Select(key => (Key: key, file.Path)))
            .GroupBy(entry => entry.Key, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => new ContestedCrdType(group.Key, group.Select(entry => entry.Path).OrderBy(path => path, StringComparer.Ordinal).First()))
            .OrderBy(owner => owner.TypeKey, StringComparer.Ordinal);
        return new ContestedCrdTypes(owners.ToEquatableArray());
    }
}
