using System.Runtime.CompilerServices;

namespace Manifests.Model;

/// <summary>A data-plane Kubernetes cluster that is part of the mesh.</summary>
public sealed record Cluster
{
    /// <summary>Declares a cluster.</summary>
    /// <param name="name">A DNS-1123 label; it names the cluster's output folder.</param>
    /// <param name="file">Filled by the compiler.</param>
    /// <param name="line">Filled by the compiler.</param>
    public Cluster(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Name = name;
        Source = new SourceLocation(file, line);
    }

    /// <summary>The cluster name.</summary>
    public string Name { get; }

    /// <summary>Where the cluster was declared.</summary>
    public SourceLocation Source { get; init; }

    /// <summary>The kubeconfig context that reaches the cluster; defaults to the cluster name.</summary>
    public string? Context { get; init; }

    /// <summary>The cluster's API server URL, for Argo CD destinations; <see langword="null"/> uses the cluster name as the Argo CD cluster name.</summary>
    public string? ApiServer { get; init; }

    /// <summary>The cloud region the cluster's nodes run in (their <c>topology.kubernetes.io/region</c>), for locality failover.</summary>
    public string? Region { get; init; }

    /// <summary>The zone the cluster's nodes run in (their <c>topology.kubernetes.io/zone</c>), for locality rules.</summary>
    public string? Zone { get; init; }
}
