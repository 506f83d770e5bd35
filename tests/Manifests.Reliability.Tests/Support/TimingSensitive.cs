namespace Manifests.Reliability.Tests.Support;

/// <summary>Tests whose timing matters run alone, not beside the rest of the suite competing for two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitive
{
    public const string Name = "Timing-sensitive";
}
