using System;
using Microsoft.CodeAnalysis;

namespace Manifests.Generator;

/// <summary>
/// Every diagnostic the generator reports. Ids are never reused: MESH0xx are topology rules, MESH1xx are CRD
/// problems.
/// </summary>
public static class DiagnosticDescriptors
{
    private const string CrdCategory = "Manifests.Crds";

    /// <summary>A CRD file is not valid YAML.</summary>
    public static readonly DiagnosticDescriptor MalformedCrdYaml = new(
        id: "MESH100",
        title: "CRD file is not valid YAML",
        messageFormat: "'{0}' is not valid YAML: {1}",
        category: CrdCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The file could not be read as YAML, so no types were generated from it.");

    /// <summary>A served version of a CRD has no OpenAPI v3 schema.</summary>
    public static readonly DiagnosticDescriptor CrdVersionWithoutSchema = new(
        id: "MESH101",
        title: "CRD version has no schema",
        messageFormat: "CustomResourceDefinition '{0}' version '{1}' has no schema.openAPIV3Schema; no type is generated for it",
        category: CrdCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Add spec.versions[].schema.openAPIV3Schema to the CRD, or remove the file from AdditionalFiles.");

    /// <summary>The compilation cannot see KubernetesClient, which the generated types implement.</summary>
    public static readonly DiagnosticDescriptor KubernetesClientMissing = new(
        id: "MESH102",
        title: "KubernetesClient is not referenced",
        messageFormat: "CRD types need KubernetesClient (k8s.IKubernetesObject<T>); add <PackageReference Include=\"KubernetesClient\" /> to the project",
        category: CrdCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "No CRD types are generated until the project references the KubernetesClient package.");

    /// <summary>A CRD document lacks a field the generated class is named from.</summary>
    public static readonly DiagnosticDescriptor IncompleteCrd = new(
        id: "MESH103",
        title: "CRD lacks a required field",
        messageFormat: "CustomResourceDefinition in '{0}' has no {1}; no types are generated for it",
        category: CrdCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A CRD needs spec.group, spec.names.kind, spec.names.plural and spec.versions.");

    /// <summary>Two files define CRDs that would generate the same class.</summary>
    public static readonly DiagnosticDescriptor DuplicateCrdType = new(
        id: "MESH104",
        title: "CRD defined twice",
        messageFormat: "'{0}' ({1}) is also defined in '{2}'; only that file's definition is generated",
        category: CrdCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Keep one definition of each CRD among the AdditionalFiles.");

    /// <summary>Finds a descriptor by its id; pipeline values carry the id, not the descriptor.</summary>
    public static DiagnosticDescriptor ById(string id) => id switch
    {
        "MESH100" => MalformedCrdYaml,
        "MESH101" => CrdVersionWithoutSchema,
        "MESH102" => KubernetesClientMissing,
        "MESH103" => IncompleteCrd,
        "MESH104" => DuplicateCrdType,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "No diagnostic has this id."),
    };
}
