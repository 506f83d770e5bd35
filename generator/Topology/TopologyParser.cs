using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Manifests.Generator.Helpers;
using Manifests.Generator.Topology.Names;
using Manifests.Generator.Topology.Reading;
using Manifests.Rules;
using Microsoft.CodeAnalysis;

namespace Manifests.Generator.Topology;

/// <summary>
/// Turns one <c>[Topology]</c> class into a <see cref="TopologySpec"/>: reads the mesh its <c>Declare()</c>
/// returns into <see cref="MeshFacts"/>, runs the shared <see cref="TopologyRules"/>, and keeps each
/// finding as plain values with its span. Runs in the pipeline's transform; returns no syntax or symbols.
/// </summary>
internal static class TopologyParser
{
    public static readonly string TopologyAttributeName = typeof(Manifests.Model.TopologyAttribute).FullName!;

    public static TopologySpec Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        var typeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var reader = new SyntaxReader(context.SemanticModel, cancellationToken);
        if (DeclaredMesh(type, cancellationToken) is not { } declared || new MeshSyntaxReader(reader).ReadMesh(declared) is not { } mesh)
        {
            return new TopologySpec(typeName, EquatableArray<TopologyDiagnostic>.Empty, null);
        }

        var findings = TopologyRules.Check(PartialListReferences.Hide(mesh));
        var diagnostics = new List<TopologyDiagnostic>();
        foreach (var finding in findings)
        {
            if (reader.ToSourceSpan(finding.Location) is { } span)
            {
                diagnostics.Add(new TopologyDiagnostic(finding.Rule.Id, finding.Message + " Fix: " + finding.Rule.Fix + ".", span));
            }
        }

        return new TopologySpec(typeName, diagnostics.ToEquatableArray(), TopologyNamesReader.Read(type, mesh));
    }

    /// <summary>The expression <c>Declare()</c> returns (written as <c>Mesh Declare()</c> or <c>Mesh ITopology.Declare()</c>).</summary>
    private static ScopedExpression? DeclaredMesh(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var declare = type.GetMembers()
            .OfType<IMethodSymbol>()
            .FirstOrDefault(m => m.Parameters.Length == 0 && !m.IsStatic &&
                (m.Name == "Declare" || m.ExplicitInterfaceImplementations.Any(i => i.Name == "Declare")));
        if (declare is not { DeclaringSyntaxReferences.Length: 1 })
        {
            return null;
        }

        return MethodBodies.ReturnedExpression(declare.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken)) is { } returned
            ? new ScopedExpression(returned, SyntaxScope.Root)
            : null;
    }
}
