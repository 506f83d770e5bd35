using Microsoft.CodeAnalysis;

namespace Manifests.Generator.Topology;

/// <summary>Turns a <see cref="TopologySpec"/> into compiler diagnostics. It writes no source.</summary>
internal static class TopologyDiagnosticsEmitter
{
    public static void Report(SourceProductionContext context, TopologySpec topology)
    {
        foreach (var diagnostic in topology.Diagnostics)
        {
            if (TopologyDiagnosticDescriptors.ById.TryGetValue(diagnostic.RuleId, out var descriptor))
            {
                context.ReportDiagnostic(Diagnostic.Create(descriptor, diagnostic.Span.ToLocation(), diagnostic.Message));
            }
        }
    }
}
