namespace Manifests.Render.Graph;

/// <summary>What a node of the topology picture stands for.</summary>
public enum GraphNodeKind
{
    /// <summary>A Deployment: one version of a service running in one cluster.</summary>
    Workload,

    /// <summary>A Service object in a cluster where no version of the service runs (callers there reach it through it).</summary>
    ServiceStub,

    /// <summary>A service of the mesh, wherever its versions run.</summary>
    Service,

    /// <summary>An ASM ingress gateway.</summary>
    IngressGateway,

    /// <summary>An Istio Gateway.</summary>
    Gateway,

    /// <summary>An ingress route set (a VirtualService bound to gateways).</summary>
    Route,
}

/// <summary>What an edge of the topology picture stands for.</summary>
public enum GraphEdgeKind
{
    /// <summary>Traffic entering: ingress gateway to gateway, gateway to route.</summary>
    Ingress,

    /// <summary>A route sending matching requests to a service.</summary>
    Route,

    /// <summary>One service calling another.</summary>
    Call,

    /// <summary>A service's traffic reaching one of its workloads; <see cref="GraphEdge.Weight"/> set when a policy routes it.</summary>
    Traffic,
}

/// <summary>A box or shape of the picture.</summary>
/// <param name="Id">An identifier made of letters, digits and underscores, unique in the graph.</param>
/// <param name="Kind">What it stands for.</param>
/// <param name="Name">The declared name, such as <c>reviews</c>.</param>
/// <param name="Detail">A second line, such as the version, or <see langword="null"/>.</param>
public sealed record GraphNode(string Id, GraphNodeKind Kind, string Name, string? Detail);

/// <summary>An arrow of the picture.</summary>
/// <param name="From">The source node's id.</param>
/// <param name="To">The target node's id.</param>
/// <param name="Kind">What it stands for.</param>
/// <param name="Label">The text on the arrow, or <see langword="null"/>.</param>
/// <param name="Weight">The percentage of the service's traffic, for <see cref="GraphEdgeKind.Traffic"/> routed by a policy.</param>
public sealed record GraphEdge(string From, string To, GraphEdgeKind Kind, string? Label, int? Weight);

/// <summary>A box around nodes: a cluster, or the mesh control plane.</summary>
/// <param name="Id">An identifier made of letters, digits and underscores.</param>
/// <param name="Label">The box's title.</param>
/// <param name="NodeIds">The nodes inside, in order.</param>
public sealed record GraphGroup(string Id, string Label, IReadOnlyList<string> NodeIds);

/// <summary>The topology as a picture: groups of nodes and the arrows between nodes, all in a fixed order.</summary>
/// <param name="Nodes">Every node; a node is in at most one group.</param>
/// <param name="Groups">Clusters and the mesh control plane.</param>
/// <param name="Edges">Every arrow.</param>
public sealed record TopologyGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphGroup> Groups, IReadOnlyList<GraphEdge> Edges);
