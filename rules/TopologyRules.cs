using System;
using System.Collections.Generic;

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

        // The same message for a name that belongs to another declaration; the owner is put in only when it is reported.
        void OwnedLabel(string? value, string what, string? owner, FactLocation location)
        {
            if (value != null && !KubernetesNameRules.IsDns1123Label(value))
            {
                Report(findings, RuleDescriptors.InvalidName, location, $"{what} '{owner}' '{value}' is not a DNS-1123 label.");
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
                Report(findings, RuleDescriptors.InvalidName, service.Location, NotServiceName(service.Name));
            }

            OwnedLabel(service.Namespace, "Namespace of service", service.Name, service.NamespaceLocation ?? service.Location);
            for (var v = 0; v < service.Versions.Count; v++)
            {
                var version = service.Versions[v];
                OwnedLabel(version.Name, "Version name of service", service.Name, version.Location);
                if (service.Name != null && version.Name != null && service.Name.Length + 1 + version.Name.Length > 63)
                {
                    Report(findings, RuleDescriptors.InvalidName, version.Location, LongDeploymentName(service.Name, version.Name));
                }
            }

            for (var p = 0; p < service.Ports.Count; p++)
            {
                var port = service.Ports[p];
                if (port.Name != null && !KubernetesNameRules.IsPortName(port.Name))
                {
                    Report(findings, RuleDescriptors.InvalidName, port.Location, NotPortName(service, port.Name));
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
            OwnedLabel(gateway.Namespace, "Namespace of gateway", gateway.Name, gateway.NamespaceLocation ?? gateway.Location);
        }

        foreach (var route in mesh.IngressRoutes)
        {
            Label(route.Name, "Ingress route name", route.Location);
            OwnedLabel(route.Namespace, "Namespace of ingress route", route.Name, route.NamespaceLocation ?? route.Location);
        }

        // Each message is its own method, formatted (and compiled) only when its finding is made.
        static string NotServiceName(string name) =>
            $"Service name '{name}' is not a DNS-1035 label (lower-case, starts with a letter, at most 63 characters).";

        static string LongDeploymentName(string service, string version) =>
            $"Deployment name '{service}-{version}' is longer than 63 characters.";

        static string NotPortName(ServiceFacts service, string port) =>
            $"Port name '{port}' of service '{service.Name}' is not a valid port name.";
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

    // Read in place: the tag after the last ':' of the last path segment, which must be there and not be 'latest'.
    private static bool IsPinned(string image)
    {
        var lastSegment = image.LastIndexOf('/') + 1;
        if (image.Contains("@sha256:"))
        {
            return true;
        }

        var colon = image.LastIndexOf(':');
        return colon > lastSegment && colon < image.Length - 1 &&
            !(image.Length - colon - 1 == 6 && string.CompareOrdinal(image, colon + 1, "latest", 0, 6) == 0);
    }

    // The name is a prefix, or a prefix and '-' and more (never a concatenated string per prefix and port).
    private static bool HasIstioPrefix(string portName)
    {
        foreach (var prefix in IstioProtocolPrefixes)
        {
            if (portName == prefix ||
                (portName.Length > prefix.Length && portName[prefix.Length] == '-' && portName.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
