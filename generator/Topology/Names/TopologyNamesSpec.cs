using Manifests.Generator.Helpers;

namespace Manifests.Generator.Topology.Names;

/// <summary>
/// The names a topology declares, for a generated class of constants (<c>BookinfoTopologyNames.Clusters.M1c1</c>)
/// so that a reference to a cluster, service or version that is not declared does not compile.
/// </summary>
/// <param name="Namespace">The topology's namespace; null for the global namespace.</param>
/// <param name="ClassName">The generated class: the topology class's name plus <c>Names</c>.</param>
/// <param name="TopologyTypeName">The topology class, fully qualified with <c>global::</c>, for the XML docs.</param>
/// <param name="Groups">Clusters, services, gateways…: one nested class each.</param>
/// <param name="Versions">One nested class per service, inside a <c>Versions</c> class.</param>
internal sealed record TopologyNamesSpec(
    string? Namespace,
    string ClassName,
    string TopologyTypeName,
    EquatableArray<NameGroupSpec> Groups,
    EquatableArray<NameGroupSpec> Versions);

/// <summary>A nested class of name constants.</summary>
/// <param name="ClassName">The nested class.</param>
/// <param name="Summary">Its XML doc summary.</param>
/// <param name="Names">Its constants.</param>
internal sealed record NameGroupSpec(string ClassName, string Summary, EquatableArray<NameConstantSpec> Names);

/// <summary>One constant: <c>public const string Identifier = "Value";</c>.</summary>
internal sealed record NameConstantSpec(string Identifier, string Value);
