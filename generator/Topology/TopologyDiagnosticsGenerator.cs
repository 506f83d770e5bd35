using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.Generator.Topology;

/// <summary>
/// Checks every <c>[Topology]</c> class while the user types: reads the mesh its <c>Declare()</c>
/// builds from syntax, runs the shared topology rules and reports their findings at the C# that caused them.
/// It also writes a class of the declared names as constants (<c>&lt;Topology&gt;Names</c>).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TopologyDiagnosticsGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var topologies = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                TopologyParser.TopologyAttributeName,
                static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                static (syntax, cancellationToken) => TopologyParser.Parse(syntax, cancellationToken))
            .WithTrackingName(TrackingNames.Topology.Topologies);

        context.RegisterSourceOutput(topologies, static (production, topology) => TopologyEmitter.Emit(production, topology));
    }
}
