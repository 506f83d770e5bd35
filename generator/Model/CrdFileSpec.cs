using Manifests.Generator.Helpers;

namespace Manifests.Generator.Model;

/// <summary>Everything one YAML file contributes: the CRDs found in it and the problems met reading it.</summary>
/// <param name="Path">The file's path, as the compiler names it.</param>
/// <param name="Crds">The CRDs in document order; non-CRD documents are left out.</param>
/// <param name="Diagnostics">Problems with the file, reported against it.</param>
internal sealed record CrdFileSpec(string Path, EquatableArray<CrdSpec> Crds, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One CustomResourceDefinition: its names and the schema of each served version.</summary>
/// <param name="Group">The API group, e.g. <c>networking.istio.io</c>.</param>
/// <param name="Kind">The kind, e.g. <c>VirtualService</c>.</param>
/// <param name="Plural">The plural resource name, e.g. <c>virtualservices</c>.</param>
/// <param name="Versions">The served versions in the order the CRD lists them.</param>
internal sealed record CrdSpec(string Group, string Kind, string Plural, EquatableArray<CrdVersionSpec> Versions);

/// <summary>The types of one served version of a CRD.</summary>
/// <param name="Version">The version name, e.g. <c>v1alpha3</c>.</param>
/// <param name="Types">Every object type of the schema; index 0 is the kind itself.</param>
/// <param name="Enums">The string enums of the schema.</param>
internal sealed record CrdVersionSpec(string Version, EquatableArray<TypeSpec> Types, EquatableArray<EnumSpec> Enums);
