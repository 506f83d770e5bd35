using Manifests.Model;

namespace Manifests.Reliability.Topologies;

/// <summary>1,100 services at tag 1.1.0: every image changes and 100 services' files are pruned.</summary>
[Topology]
public sealed class AfterTopology : ITopology
{
    /// <inheritdoc />
    public Mesh Declare() => LargeMesh.Declare(1100, "1.1.0");
}
