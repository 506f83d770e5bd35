using System.Reflection;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace Manifests.Generator.Tests.Infrastructure;

/// <summary>
/// Writers/Compiled/SampleWriters.cs with the generator's output, compiled and loaded once: its entry points are
/// called by reflection with objects made here (k8s.Models, the CRD sample, Writers/SampleTypes.cs).
/// </summary>
public sealed class SampleWritersAssembly
{
    private static readonly Lazy<(GeneratorDriverRunResult, Compilation, Assembly)> Shared = new(() =>
    {
        Compilation input = ObjectWriterHarness.Compilation(
            ObjectWriterHarness.CompiledSource("KeyOrderSink.cs"),
            ObjectWriterHarness.CompiledSource("SampleWriters.cs"));
        (GeneratorDriverRunResult run, Compilation output) = ObjectWriterHarness.Run(input);
        return (run, output, ObjectWriterHarness.EmitAndLoad(output));
    });

    private readonly MethodInfo writeJson;
    private readonly MethodInfo keysByPath;

    public SampleWritersAssembly()
    {
        (Run, Output, Assembly assembly) = Shared.Value;
        Type entry = assembly.GetType("Manifests.Generator.Tests.Writers.Compiled.SampleWriterEntry", throwOnError: true)!;
        writeJson = entry.GetMethod("WriteJson")!;
        keysByPath = entry.GetMethod("KeysByPath")!;
    }

    /// <summary>The options the render serializes with: nulls left out, nothing else changed.</summary>
    public static JsonSerializerOptions Options { get; } = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public GeneratorDriverRunResult Run { get; }

    public Compilation Output { get; }

    /// <summary>What the generated writers write through the render's JSON sink, or null when <c>TryWrite</c> returned false.</summary>
    public string? WriteJson(object value) => (string?)writeJson.Invoke(null, [value]);

    /// <summary>The keys of every mapping by path, in the order the generated writers wrote them.</summary>
    public IReadOnlyDictionary<string, List<string>> KeysByPath(object value) =>
        (Dictionary<string, List<string>>)keysByPath.Invoke(null, [value])!;
}
