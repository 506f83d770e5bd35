using Manifests.Generator.Helpers;

namespace Manifests.Generator.Model;

/// <summary>What the compilation decides about the generated code.</summary>
/// <param name="RootNamespace">The namespace the group and version are appended to.</param>
/// <param name="HasKubernetesClient">Whether <c>k8s.IKubernetesObject&lt;T&gt;</c> is visible.</param>
/// <param name="HasEnumMemberNames">
/// Whether <c>JsonStringEnumMemberNameAttribute</c> (.NET 9+) is visible; without it string enums become string
/// properties with a class of constants.
/// </param>
public sealed record CrdGenerationSettings(string RootNamespace, bool HasKubernetesClient, bool HasEnumMemberNames);

/// <summary>One source file to add to the compilation.</summary>
/// <param name="HintName">The file name, unique in the compilation.</param>
/// <param name="Text">The C# text.</param>
public sealed record GeneratedSourceSpec(string HintName, string Text);

/// <summary>What one CRD file turns into: its sources and the diagnostics to report.</summary>
/// <param name="Sources">One source per kind and served version.</param>
/// <param name="Diagnostics">The file's problems.</param>
public sealed record CrdFileOutput(EquatableArray<GeneratedSourceSpec> Sources, EquatableArray<DiagnosticInfo> Diagnostics);
