using Manifests.Model;

namespace Manifests.Apply;

/// <summary>The targets a declared mesh renders to, with the contexts it declares.</summary>
public static class ApplyTargets
{
    /// <summary>The folder (and target) name of the mesh control plane.</summary>
    public const string MeshTarget = "mesh";

    /// <summary>One cluster target per declared cluster (context: <see cref="Cluster.Context"/>, else its name), and the mesh.</summary>
    public static IReadOnlyList<ApplyTarget> FromMesh(Mesh mesh) =>
    [
        .. mesh.Clusters.Select(c => new ApplyTarget(c.Name, TargetKind.Cluster, c.Context ?? c.Name)),
        new ApplyTarget(MeshTarget, TargetKind.Mesh, mesh.ControlPlane.Context),
    ];
}
