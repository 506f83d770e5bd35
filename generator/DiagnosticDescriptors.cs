using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Manifests.Generator;

/// <summary>
/// The generator's own diagnostics, apart from the topology rules (MESHnnn, <c>rules/RuleDescriptors.cs</c>):
/// MCRDnnn are problems with CRD files, MOBJnnn problems with <c>[ObjectWriters]</c> classes. Ids are never reused.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string CrdCategory = "Manifests.Crds";
    private const string WritersCategory = "Manifests.Writers";

    /// <summary>A CRD file is not valid YAML.</summary>
    public static readonly DiagnosticDescriptor MalformedCrdYaml = new(
        id: "MCRD001",
        title: "CRD file is not valid YAML",
        messageFormat: "'{0}' is not valid YAML: {1}",
        category: CrdCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The file could not be read as YAML, so no types were generated from it.");

    /// <summary>A served version of a CRD has no OpenAPI v3 schema.</summary>
    public static readonly DiagnosticDescriptor CrdVersionWithoutSchema = new(
        id: "MCRD002",
        title: "CRD version has no schema",
        messageFormat: "CustomResourceDefinition '{0}' version '{1}' has no schema.openAPIV3Schema; no type is generated for it",
        category: CrdCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Add spec.versions[].schema.openAPIV3Schema to the CRD, or remove the file from AdditionalFiles.");

    /// <summary>The compilation cannot see KubernetesClient, which the generated types implement.</summary>
    public static readonly DiagnosticDescriptor KubernetesClientMissing = new(
        id: "MCRD003",
        title: "KubernetesClient is not referenced",
        messageFormat: "CRD types need KubernetesClient (k8s.IKubernetesObject<T>); add <PackageReference Include=\"KubernetesClient\" /> to the project",
        category: CrdCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "No CRD types are generated until the project references the KubernetesClient package.");

    /// <summary>A CRD document lacks a field the generated class is named from.</summary>
    public static readonly DiagnosticDescriptor IncompleteCrd = new(
        id: "MCRD004",
        title: "CRD lacks a required field",
        messageFormat: "CustomResourceDefinition in '{0}' has no {1}; no types are generated for it",
        category: CrdCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A CRD needs spec.group, spec.names.kind, spec.names.plural and spec.versions.");

    /// <summary>Two files define CRDs that would generate the same class.</summary>
    public static readonly DiagnosticDescriptor DuplicateCrdType = new(
        id: "MCRD005",
        title: "CRD defined twice",
        messageFormat: "'{0}' ({1}) is also defined in '{2}'; only that file's definition is generated",
        category: CrdCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Keep one definition of each CRD among the AdditionalFiles.");

    /// <summary>The class marked [ObjectWriters] cannot receive the generated members.</summary>
    public static readonly DiagnosticDescriptor WritersClassNotStaticPartial = new(
        id: "MOBJ001",
        title: "[ObjectWriters] class is not a top-level static partial class",
        messageFormat: "'{0}' must be a static partial class, not nested and not generic, to receive the generated object writers",
        category: WritersCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Declare the class as 'static partial class' directly in a namespace; nothing is generated until then.");

    /// <summary>A root of [ObjectWriters] is not written property by property.</summary>
    public static readonly DiagnosticDescriptor UnsupportedRootType = new(
        id: "MOBJ002",
        title: "Root type cannot be written as an object",
        messageFormat: "'{0}' cannot be a root of [ObjectWriters]: only a closed class or struct that System.Text.Json writes property by property can be",
        category: WritersCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Roots are whole Kubernetes objects; a collection, enum, base library type, open generic type or type with a [JsonConverter] is not one.");

    /// <summary>A member uses a System.Text.Json feature the generated writers cannot reproduce.</summary>
    public static readonly DiagnosticDescriptor UnsupportedMember = new(
        id: "MOBJ003",
        title: "Member uses a System.Text.Json feature the object writers do not support",
        messageFormat: "'{0}' uses {1}, which the generated object writers do not reproduce",
        category: WritersCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The writers would write something else than System.Text.Json. Remove the attribute, move a converter to the member's type, or write the type some other way.");

    /// <summary>Two members of one type are written under the same JSON name.</summary>
    public static readonly DiagnosticDescriptor DuplicateJsonName = new(
        id: "MOBJ004",
        title: "Two members have the same JSON name",
        messageFormat: "'{0}' and '{1}' are both written as '{2}'; only the first is written",
        category: WritersCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "System.Text.Json throws for such a type. Rename one of them with [JsonPropertyName] or ignore one with [JsonIgnore].");

    /// <summary>A root the generator cannot see: misspelt, or made by another source generator.</summary>
    public static readonly DiagnosticDescriptor RootTypeNotVisible = new(
        id: "MOBJ005",
        title: "Root type is not visible to the object writer generator",
        messageFormat: "'{0}' is not visible to the object writer generator, so TryWrite would not write it; if another source generator makes it (CRD classes), move those types to a referenced project",
        category: WritersCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Source generators do not see each other's output. Types generated in the same project cannot be roots; generate them in a project this one references.");

    /// <summary>Every descriptor above, in id order: the one table the id lookup and the release-tracking test read.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        MalformedCrdYaml,
        CrdVersionWithoutSchema,
        KubernetesClientMissing,
        IncompleteCrd,
        DuplicateCrdType,
        WritersClassNotStaticPartial,
        UnsupportedRootType,
        UnsupportedMember,
        DuplicateJsonName,
        RootTypeNotVisible,
    ];

    private static readonly Dictionary<string, DiagnosticDescriptor> DescriptorsById =
        All.ToDictionary(descriptor => descriptor.Id, StringComparer.Ordinal);

    /// <summary>Finds a descriptor by its id; pipeline values carry the id, not the descriptor.</summary>
    public static DiagnosticDescriptor ById(string id) =>
        DescriptorsById.TryGetValue(id, out DiagnosticDescriptor? descriptor)
            ? descriptor
            : throw new ArgumentOutOfRangeException(nameof(id), id, "No diagnostic has this id.");
}
