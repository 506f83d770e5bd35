namespace Manifests.Generator.Topology;

/// <summary>Names of the pipeline steps, so tests can see that an unrelated edit leaves them cached.</summary>
internal static class TopologyTrackingNames
{
    public const string Topologies = "Topology.Topologies";
}
