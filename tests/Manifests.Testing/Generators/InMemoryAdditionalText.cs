using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Manifests.Testing;

/// <summary>An additional file held in memory, as MSBuild would hand a generator an <c>AdditionalFiles</c> item.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText source = SourceText.From(text, System.Text.Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => source;
}
