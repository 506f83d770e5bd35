namespace Manifests.Model;

/// <summary>Requests and limits of a container, as Kubernetes quantities (<c>200m</c>, <c>256Mi</c>, <c>2</c>).</summary>
public sealed record ComputeResources
{
    /// <summary>The guaranteed CPU.</summary>
    public string? CpuRequest { get; init; }

    /// <summary>The guaranteed memory.</summary>
    public string? MemoryRequest { get; init; }

    /// <summary>The CPU ceiling.</summary>
    public string? CpuLimit { get; init; }

    /// <summary>The memory ceiling.</summary>
    public string? MemoryLimit { get; init; }
}
