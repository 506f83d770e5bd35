using Manifests.Generator.Helpers;

namespace Manifests.Generator.Model;

/// <summary>What the compilation decides about the generated code.</summary>
/// <param name="RootNamespace">The namespace the group and version are appended to.</param>
/// <param name="HasKubernetesClient">Whether <c>k8s.IKubernetesObject&lt;T&gt;</c> is visible.</param>
/// <param name="HasEnumMemberNames">
/// Whether <c>JsonStringEnumMemberNameAttribute</c> (.NET 9+) is visible; without it string enums become string
/// properties with a class of constants.
/// </param>
internal sealed record CrdGenerationSettings(string RootNamespace, bool HasKubernetesClient, bool HasEnumMemberNames);

/// <summary>One source file to add to the compilation.</summary>
/// <param name="HintName">The file name, unique in the compilation.</param>
/// <param name="Text">The C# text.</param>
internal sealed record GeneratedSourceSpec(string HintName, string Text);

/// <summary>What one CRD file turns into: its sources and the diagnostics to report.</summary>
/// <param name="Sources">One source per kind and served version.</param>
/// <param name="Diagnostics">The file's problems.</param>
internal sealed record CrdFileOutput(EquatableArray<GeneratedSourceSpec> Sources, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Which file a generated type name belongs to when several files would generate it: the first by ordinal path.
/// Only names claimed more than once are listed, so the value stays the same while CRD files are edited in place.
/// </summary>
/// <param name="Owners">Each contested type name (namespace below the root + kind) with the path that keeps it.</param>
internal sealed record ContestedCrdTypes(EquatableArray<ContestedCrdType> Owners)
{
    /// <summary>The file that keeps <paramref name="typeKey"/>, or null when only one file defines it.</summary>
    public string? OwnerOf(string typeKey)
    {
        foreach (ContestedCrdType owner in Owners)
        {
            if (owner.TypeKey == typeKey)
            {
                return owner.OwnerPath;
            }
        }

        return null;
    }
}

/// <summary>A type name several files would generate, and the file that keeps it.</summary>
/// <param name="TypeKey">Namespace below the root, then the kind, e.g. <c>Istio.Networking.V1.Gateway</c>.</param>
/// <param name="OwnerPath">The ordinal-first path among the files that define it.</param>
internal sealed record ContestedCrdType(string TypeKey, string OwnerPath);

/// <summary>The type names one file's CRDs generate.</summary>
/// <param name="Path">The file.</param>
/// <param name="Keys">Each kind class's name below the root namespace.</param>
internal sealed record CrdFileTypeKeys(string Path, EquatableArray<string> Keys);
