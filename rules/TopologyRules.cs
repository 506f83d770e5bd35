using System;
using System.Collections.Generic;
using System.Linq;

namespace Manifests.Rules;

/// <summary>
/// The topology rules, shared by the source generator (on syntax, in the editor) and the render
/// (on real values). Every finding is collected; nothing throws.
/// </summary>
public static partial class TopologyRules
{
    private static readonly string[] IstioProtocolPrefixes =
    {
        "http", "http2", "https", "grpc", "grpc-web", "tcp", "tls", "udp", "mongo", "mysql", "redis", "mqtt",
    };

    /// <summary>Checks every rule over <paramref name="mesh"/>.</summary>
    public static IReadOnlyList<RuleFinding> Check(MeshFacts mesh)
    {
        var findings = new List<RuleFinding>();
        CheckNames(mesh, findings);
        CheckClusters(mesh, findings);
        CheckServices(mesh, findings);
        CheckCalls(mesh, findings);
        CheckPolicies(mesh, findings);
        CheckIngress(mesh, findings);
        return findings;
    }

    private static void Report(List<RuleFinding> findings, RuleDescriptor rule, FactLocation location, string message) =>
        findings.Add(new RuleFinding(rule, message, location));

    private static void CheckNames(MeshFacts mesh, List<RuleFinding> findings)
    {
        void Label(string? value, string what, FactLocation location)
        {
            if (value != null && !KubernetesNameRules.IsDns1123Label(value))
            {
                Report(findings, RuleDescriptors.InvalidName, location, $"{what} '{value}' is not a DNS-1123 label.");
            }
        }

        Label(mesh.Name, "Mesh name", mesh.Location);
        foreach (var cluster in mesh.Clusters)
        {
            Label(cluster.Name, "Cluster name", cluster.Location);
        }

        foreach (var service in mesh.Services)
        {
            if (service.Name != null && !KubernetesNameRules.IsDns1035Label(service.Name))
            {
                Report(findings, RuleDescriptors.InvalidName, service.Location,
                    $"Service name '{service.Name}' is not a DNS-1035 label (lower-case, starts with a letter, at most 63 characters).");
            }

            Label(service.Namespace, $"Namespace of service '{service.Name}'", service.NamespaceLocation ?? service.Location);
            foreach (var version in service.Versions)
            {
                Label(version.Name, $"Version name of service '{service.Name}'", version.Location);
                if (service.Name != null && version.Name != null && service.Name.Length + 1 + version.Name.Length > 63)
                {
                    Report(findings, RuleDescriptors.InvalidName, version.Location,
                        $"Deployment name '{service.Name}-{version.Name}' is longer than 63 characters.");
                }
            }

            foreach (var port in service.Ports)
            {
                if (port.Name != null && !KubernetesNameRules.IsPortName(port.Name))
                {
                    Report(findings, RuleDescriptors.InvalidName, port.Location, $"Port name '{port.Name}' of service '{service.Name}' is not a valid port name.");
                }
            }
        }

        foreach (var gateway in mesh.IngressGateways)
        {
            Label(gateway.Name, "Ingress gateway name", gateway.Location);
        }

        foreach (var gateway in mesh.Gateways)
        {
            Label(gateway.Name, "Gateway name", gateway.Location);
            Label(gateway.Namespace, $"Namespace of gateway '{gateway.Name}'", gateway.NamespaceLocation ?? gateway.Location);
        }

        foreach (var route in mesh.IngressRoutes)
        {
            Label(route.Name, "Ingress route name", route.Location);
            Label(route.Namespace, $"Namespace of ingress route '{route.Name}'", route.NamespaceLocation ?? route.Location);
        }
    }

    private static void CheckClusters(MeshFacts mesh, List<RuleFinding> findings)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cluster in mesh.Clusters)
        {
            if (cluster.Name == null)
            {
                continue;
            }

            if (!seen.Add(cluster.Name))
            {
                Report(findings, RuleDescriptors.DuplicateCluster, cluster.Location, $"Cluster '{cluster.Name}' is declared more than once.");
            }

            if (cluster.Name == "mesh" || cluster.Name == "argocd")
            {
                Report(findings, RuleDescriptors.ReservedName, cluster.Location, $"Cluster name '{cluster.Name}' is reserved for the tool's own output folder.");
            }
        }
    }

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

    private static bool IsPinned(string image)
    {
        var lastSlash = image.LastIndexOf('/');
        var lastSegment = lastSlash < 0 ? image : image.Substring(lastSlash + 1);
        if (image.Contains("@sha256:"))
        {
            return true;
        }

        var colon = lastSegment.LastIndexOf(':');
        return colon > 0 && colon < lastSegment.Length - 1 && lastSegment.Substring(colon + 1) != "latest";
    }

    private static bool HasIstioPrefix(string portName) =>
        IstioProtocolPrefixes.Any(p => portName == p || portName.StartsWith(p + "-", StringComparison.Ordinal));
}
