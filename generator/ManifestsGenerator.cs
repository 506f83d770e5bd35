using Microsoft.CodeAnalysis;

namespace Manifests.Generator;

/// <summary>Placeholder until the generator issue: registers nothing yet.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class ManifestsGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
    }
}
