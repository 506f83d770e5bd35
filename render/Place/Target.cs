namespace Manifests.Render.Place;

/// <summary>Whether a target is a data-plane cluster or the mesh control plane.</summary>
internal enum TargetKind
{
    /// <summary>A Kubernetes cluster running workloads.</summary>
    Cluster,

    /// <summary>The mesh control plane (ASM), holding gateways and routing objects.</summary>
    Mesh,
}

/// <summary>One output folder and the place it is applied to.</summary>
/// <param name="Name">The folder name: a cluster name, or <see cref="MeshTargetName"/>.</param>
/// <param name="Kind">Cluster or mesh.</param>
/// <param name="Context">The kubeconfig context that reaches it.</param>
/// <param name="ApiServer">The API server URL for Argo CD, when declared.</param>
internal sealed record Target(string Name, TargetKind Kind, string Context, string? ApiServer)
{
    /// <summary>The folder name of the mesh control plane target.</summary>
    public const string MeshTargetName = "mesh";
}
