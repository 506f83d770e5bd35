using Microsoft.CodeAnalysis;

namespace Manifests.Generator.Tests.Infrastructure;

/// <summary>One generator run over every shipped CRD, shared by a test class.</summary>
public sealed class ShippedCrdGeneration
{
    public ShippedCrdGeneration() => (Run, Output) = GeneratorHarness.Run(GeneratorHarness.ShippedCrds());

    public GeneratorDriverRunResult Run { get; }

    public Compilation Output { get; }
}
