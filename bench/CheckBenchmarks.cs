using BenchmarkDotNet.Attributes;
using Manifests.Model;
using Manifests.Render.Check;
using Manifests.Render.Place;
using Manifests.Rules;

namespace Manifests.Bench;

/// <summary>
/// The stages before emit, one by one, on the synthetic topology at two sizes: the checks
/// (facts, topology rules, security, declared text) and placement. Together they should cost time linear in N.
/// Run with <c>--micro --filter '*Check*'</c>.
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private Mesh _mesh = null!;
    private MeshFacts _facts = null!;

    /// <summary>Services in the topology (9 objects each).</summary>
    [Params(1000, 5000)]
    public int Services { get; set; }

    /// <summary>Declares the mesh and reads its facts once; each benchmark measures one stage.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _mesh = SyntheticTopology.Declare(Services);
        _facts = MeshFacts.From(_mesh);
    }

    /// <summary>The model to the facts the shared rules read.</summary>
    [Benchmark]
    public object ReadFacts() => MeshFacts.From(_mesh); // object: the facts are internal to the render

    /// <summary>The shared topology rules over the facts.</summary>
    [Benchmark]
    public IReadOnlyList<RuleFinding> TopologyRulesCheck() => TopologyRules.Check(_facts);

    /// <summary>Security policies and resource quantities.</summary>
    [Benchmark]
    public IReadOnlyList<RuleFinding> SecurityChecksCheck() => SecurityChecks.Check(_mesh);

    /// <summary>Every declared string, for characters kubectl cannot carry.</summary>
    [Benchmark]
    public IReadOnlyList<RuleFinding> DeclaredTextCheck() => DeclaredText.Check(_mesh);

    /// <summary>Which object goes to which target (returned as an object: the placements are internal to the render).</summary>
    [Benchmark]
    public object Place() => Placement.Place(_mesh);

    /// <summary>All of the above, as <c>ManifestRenderer.Render</c> runs them before emit.</summary>
    [Benchmark]
    public int CheckAndPlace() =>
        TopologyRules.Check(MeshFacts.From(_mesh)).Count + SecurityChecks.Check(_mesh).Count + DeclaredText.Check(_mesh).Count +
        Placement.Place(_mesh).Count;
}
