using BenchmarkDotNet.Attributes;
using Manifests.Model;
using Manifests.Render;
using Manifests.Render.Build.Workloads;
using Manifests.Render.Emit;
using Manifests.Render.Place;

namespace Manifests.Bench;

/// <summary>
/// The emit stage alone (building each object and writing its YAML) and the whole in-memory render, on a
/// 100-service topology: 900 objects. Run with <c>--micro</c>; divide by 900 for a per-object figure.
/// </summary>
[MemoryDiagnoser]
public class EmitterBenchmarks
{
    private Mesh _mesh = null!;
    private IReadOnlyList<TargetPlacement> _placements = null!;
    private object _deployment = null!;
    private ManifestSerializer _serializer = null!;

    /// <summary>Services in the topology.</summary>
    [Params(100)]
    public int Services { get; set; }

    /// <summary>Declares and places once; the benchmarks measure what comes after.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _mesh = SyntheticTopology.Declare(Services);
        _placements = Placement.Place(_mesh);
        var service = _mesh.Services[0];
        _deployment = WorkloadBuilder.Deployment(service, service.Versions[0], policy: null).Body;
        _serializer = new ManifestSerializer(YamlEmitter.HeaderLine("Bench"));
    }

    /// <summary>Cleans up the serializer's writer.</summary>
    [GlobalCleanup]
    public void Cleanup() => _serializer.Dispose();

    /// <summary>One Deployment, already built, to the bytes of its file through its generated writer.</summary>
    [Benchmark]
    public ReadOnlyMemory<byte> SerializeOneDeployment() => _serializer.ToYaml(_deployment);

    /// <summary>Placed objects to file contents.</summary>
    [Benchmark]
    public IReadOnlyList<RenderedFile> Emit() => ManifestEmitter.Emit(_mesh, _placements, "Bench");

    /// <summary>Check, place and emit, as <c>manifests render</c> does before writing.</summary>
    [Benchmark]
    public RenderResult Render() => ManifestRenderer.Render(_mesh, "Bench");
}
