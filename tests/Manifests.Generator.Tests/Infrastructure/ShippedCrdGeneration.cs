using Microsoft.CodeAnalysis;

namespace Manifests.Generator.Tests.Infrastructure;

/// <summary>One generator run over every shipped CRD, shared by the tests that only read its result.</summary>
public sealed class ShippedCrdGeneration
{
    private static readonly Lazy<(GeneratorDriverRunResult, Compilation)> Shared =
        new(() => CrdHarness.Run(CrdHarness.ShippedCrds()));

    public ShippedCrdGeneration() => (Run, Output) = Shared.Value;

    public GeneratorDriverRunResult Run { get; }

    public Compilation Output { get; }
}
