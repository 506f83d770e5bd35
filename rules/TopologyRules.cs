using System;
using System.Collections.Generic;
using System.Linq;

namespace Manifests.Rules;

/// <summary>
/// The topology rules, shared by the source generator (on syntax, in the editor) and the render
/// (on real values). Every finding is collected; nothing throws. One file per capability
/// (<c>TopologyRules.Mesh.cs</c>, <c>.Workloads.cs</c>, <c>.Security.cs</c>, <c>.Routing.cs</c>, <c>.Ingress.cs</c>),
/// each with its descriptors beside it.
/// </summary>
internal static partial class TopologyRules
{
    /// <summary>Checks every rule over <paramref name="mesh"/>.</summary>
    public static IReadOnlyList<RuleFinding> Check(MeshFacts mesh)
    {
        // The order is the order findings are reported in (names, clusters, services, calls, routing, destination policies, ingress).
        var findings = new List<RuleFinding>();
        CheckNames(mesh, findings);
        CheckClusters(mesh, findings);
        CheckServices(mesh, findings);
        CheckCalls(mesh, findings);
        CheckRouting(mesh, findings);
        CheckDestinations(mesh, findings);
        CheckIngress(mesh, findings);
        return findings;
    }

    private static void Report(List<RuleFinding> findings, RuleDescriptor rule, FactLocation location, string message) =>
        findings.Add(new RuleFinding(rule, message, location));

    private static Dictionary<string, ServiceFacts> ServicesByName(MeshFacts mesh)
    {
        var byName = new Dictionary<string, ServiceFacts>(StringComparer.Ordinal);
        foreach (var service in mesh.Services)
        {
            if (service.Name != null && !byName.ContainsKey(service.Name))
            {
                byName.Add(service.Name, service);
            }
        }

        return byName;
    }

    // The message is made by the caller, and only when the number is out of range.
    private static bool IsOutOfRange(int? number, out int value)
    {
        value = number ?? 0;
        return number is int n && (n < 1 || n > 65535);
    }

    private static void ReportOutOfRange(List<RuleFinding> findings, FactLocation location, string message) =>
        Report(findings, RuleDescriptors.OutOfRange, location, message);

    private static string PortList(ServiceFacts service) =>
        service.Ports.Count == 0 ? "no ports" : string.Join(", ", service.Ports.Select(p => p.Number.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"));
}
