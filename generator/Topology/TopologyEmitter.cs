using Manifests.Generator.Topology.Names;
using Microsoft.CodeAnalysis;

namespace Manifests.Generator.Topology;

/// <summary>Turns a <see cref="TopologySpec"/> into compiler diagnostics and the class of declared names.</summary>
internal static class TopologyEmitter
{
    public static void Emit(SourceProductionContext context, TopologySpec topology)
    {
        foreach (var diagnostic in topology.Diagnostics)
        {
            if (TopologyDiagnosticDescriptors.ById.TryGetValue(diagnostic.RuleId, out var descriptor))
            {
                context.ReportDiagnostic(Diagnostic.Create(descriptor, diagnostic.Span.ToLocation(), diagnostic.Message));
            }
        }

        if (topology.Names is { } names)
        {
            context.AddSource(TopologyNamesEmitter.HintName(names), TopologyNamesEmitter.Emit(names));
        }
    }
}
