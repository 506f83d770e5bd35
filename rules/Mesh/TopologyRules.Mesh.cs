using System;
using System.Collections.Generic;
using System.Linq;

namespace Manifests.Rules;

/// <summary>Mesh basics (MESH001–099): names, clusters, services, versions and calls.</summary>
internal static partial class RuleDescriptors
{
    /// <summary>A name is not a valid Kubernetes name.</summary>
    public static readonly RuleDescriptor InvalidName = new("MESH001", "Name is not a valid Kubernetes name", RuleSeverity.Error,
        "use lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters (port names: at most 15, with a letter)", null);

    /// <summary>Two services share a name and namespace.</summary>
    public static readonly RuleDescriptor DuplicateService = new("MESH002", "Duplicate service", RuleSeverity.Error,
        "give each service in a namespace its own name, or merge the two declarations", null);

    /// <summary>Two versions of a service share a name.</summary>
    public static readonly RuleDescriptor DuplicateVersion = new("MESH003", "Duplicate version", RuleSeverity.Error,
        "give each version of the service its own name", null);

    /// <summary>Two clusters share a name.</summary>
    public static readonly RuleDescriptor DuplicateCluster = new("MESH004", "Duplicate cluster", RuleSeverity.Error,
        "declare each cluster once", null);

    /// <summary>A version runs on a cluster that is not declared.</summary>
    public static readonly RuleDescriptor UnknownCluster = new("MESH005", "Version placed on an undeclared cluster", RuleSeverity.Error,
        "add the cluster to Mesh.Clusters, or name one of the declared clusters", null);

    /// <summary>A service is called but runs nowhere.</summary>
    public static readonly RuleDescriptor CalledServiceNotRunning = new("MESH014", "Called service has no version running anywhere", RuleSeverity.Error,
        "place a version of the called service on a cluster, or remove the call", null);

    /// <summary>A service calls one that is not declared.</summary>
    public static readonly RuleDescriptor UnknownCall = new("MESH015", "Call to an undeclared service", RuleSeverity.Error,
        "declare the called service in Mesh.Services, or correct the name", null);

    /// <summary>The same service is declared with different ports.</summary>
    public static readonly RuleDescriptor ConflictingPorts = new("MESH016", "Service declared with different ports", RuleSeverity.Error,
        "declare the service once, with one port list used in every cluster", "IST0170");

    /// <summary>A cluster takes a folder name the tool uses.</summary>
    public static readonly RuleDescriptor ReservedName = new("MESH023", "Cluster name is reserved", RuleSeverity.Error,
        "'mesh' and 'argocd' name output folders of their own: choose another cluster name", null);

    /// <summary>A service with versions placed on no cluster.</summary>
    public static readonly RuleDescriptor VersionRunsNowhere = new("MESH024", "Version runs on no cluster", RuleSeverity.Warning,
        "list at least one cluster in the version's Clusters", null);
}

internal static partial class TopologyRules
{
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
        void OwnedLabel(Located<string?> value, string what, string? owner)
        {
            if (value.Value != null && !KubernetesNameRules.IsDns1123Label(value.Value))
            {
                Report(findings, RuleDescriptors.InvalidName, value.Location, $"{what} '{owner}' '{value.Value}' is not a DNS-1123 label.");
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

            OwnedLabel(service.Namespace, "Namespace of service", service.Name);
            for (var v = 0; v < service.Versions.Count; v++)
            {
                var version = service.Versions[v];
                OwnedLabel(new Located<string?>(version.Name, version.Location), "Version name of service", service.Name);
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

        foreach (var gateway in mesh.Ingress.IngressGateways)
        {
            Label(gateway.Name, "Ingress gateway name", gateway.Location);
        }

        foreach (var gateway in mesh.Ingress.Gateways)
        {
            Label(gateway.Name, "Gateway name", gateway.Location);
            OwnedLabel(gateway.Namespace, "Namespace of gateway", gateway.Name);
        }

        foreach (var route in mesh.Ingress.Routes)
        {
            Label(route.Name, "Ingress route name", route.Location);
            OwnedLabel(route.Namespace, "Namespace of ingress route", route.Name);
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

    private static void CheckServices(MeshFacts mesh, List<RuleFinding> findings)
    {
        var clusters = new HashSet<string>(mesh.Clusters.Where(c => c.Name != null).Select(c => c.Name!), StringComparer.Ordinal);
        var firstByKey = new Dictionary<string, ServiceFacts>(StringComparer.Ordinal);
        // One set for every service's versions, emptied between services rather than made anew for each.
        var versions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var service in mesh.Services)
        {
            // An unknown namespace (null) may be any namespace: no duplicate can be told.
            if (service.Name != null && service.Namespace.Value != null)
            {
                var key = service.Namespace.Value + "/" + service.Name;
                if (firstByKey.TryGetValue(key, out var first))
                {
                    ReportDuplicate(findings, first, service);
                }
                else
                {
                    firstByKey.Add(key, service);
                }
            }

            CheckPorts(service, findings);
            versions.Clear();
            for (var i = 0; i < service.Versions.Count; i++)
            {
                var version = service.Versions[i];
                if (version.Name != null && !versions.Add(version.Name))
                {
                    Report(findings, RuleDescriptors.DuplicateVersion, version.Location, DuplicateVersion(service, version));
                }

                // Placement first, then the workload, then its secrets: the order findings of one version are reported in.
                CheckPlacement(service, version, clusters, findings);
                CheckWorkload(service, version, findings);
                CheckSecrets(service, version, findings);
            }
        }

        // Each message is its own method, formatted (and compiled) only when its finding is made.
        static void ReportDuplicate(List<RuleFinding> findings, ServiceFacts first, ServiceFacts service)
        {
            var samePorts = first.Ports.Select(p => p.Number.Value).SequenceEqual(service.Ports.Select(p => p.Number.Value));
            Report(findings, samePorts ? RuleDescriptors.DuplicateService : RuleDescriptors.ConflictingPorts, service.Location, samePorts
                ? $"Service '{service.Name}' in namespace '{service.Namespace.Value}' is declared more than once."
                : $"Service '{service.Name}' is declared again with different ports ({PortList(first)} and {PortList(service)}).");
        }

        static string DuplicateVersion(ServiceFacts service, VersionFacts version) =>
            $"Service '{service.Name}' declares version '{version.Name}' more than once.";
    }

    private static void CheckPlacement(ServiceFacts service, VersionFacts version, HashSet<string> clusters, List<RuleFinding> findings)
    {
        for (var i = 0; i < version.Clusters.Count; i++)
        {
            var cluster = version.Clusters[i];
            if (cluster.Name != null && !clusters.Contains(cluster.Name))
            {
                Report(findings, RuleDescriptors.UnknownCluster, cluster.Location, UnknownCluster(service, version, cluster.Name, clusters));
            }
        }

        if (version.Clusters.Count == 0)
        {
            Report(findings, RuleDescriptors.VersionRunsNowhere, version.Location, RunsNowhere(service, version));
        }

        // Each message is its own method, formatted (and compiled) only when its finding is made.
        static string UnknownCluster(ServiceFacts service, VersionFacts version, string cluster, HashSet<string> clusters) =>
            $"Version '{version.Name}' of service '{service.Name}' runs on cluster '{cluster}', which the mesh does not declare (declared: {string.Join(", ", clusters.OrderBy(c => c, StringComparer.Ordinal))}).";

        static string RunsNowhere(ServiceFacts service, VersionFacts version) =>
            $"Version '{version.Name}' of service '{service.Name}' runs on no cluster.";
    }

    private static void CheckCalls(MeshFacts mesh, List<RuleFinding> findings)
    {
        var byName = ServicesByName(mesh);
        foreach (var service in mesh.Services)
        {
            for (var i = 0; i < service.Calls.Count; i++)
            {
                var call = service.Calls[i];
                if (call.Name == null)
                {
                    continue;
                }

                if (!byName.TryGetValue(call.Name, out var callee))
                {
                    Report(findings, RuleDescriptors.UnknownCall, call.Location, UnknownCall(service, call.Name));
                }
                else if (!RunsSomewhere(callee))
                {
                    Report(findings, RuleDescriptors.CalledServiceNotRunning, call.Location, CalleeNotRunning(service, call.Name));
                }
            }
        }

        // Each message is its own method, formatted (and compiled) only when its finding is made.
        static string UnknownCall(ServiceFacts service, string call) =>
            $"Service '{service.Name}' calls '{call}', which the mesh does not declare.";

        static string CalleeNotRunning(ServiceFacts service, string call) =>
            $"Service '{service.Name}' calls '{call}', but no version of '{call}' runs on any cluster.";
    }

    private static bool RunsSomewhere(ServiceFacts service)
    {
        for (var v = 0; v < service.Versions.Count; v++)
        {
            var version = service.Versions[v];
            if (version.Clusters.Count != 0)
            {
                return true;
            }
        }

        return false;
    }
}
