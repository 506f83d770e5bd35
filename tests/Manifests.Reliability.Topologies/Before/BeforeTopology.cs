using Manifests.Model;

namespace Manifests.Reliability.Topologies;

/// <summary>1,200 services at tag 1.0.0.</summary>
[Topology]
public sealed class BeforeTopology : ITopology
{
    /// <inheritdoc />
    public Mesh Declare() => LargeMesh.Declare(1200, "1.0.0");
}
