using System;
using System.Collections.Generic;
using System.Linq;

namespace Manifests.Rules;

public static partial class TopologyRules
{
    private static readonly string[] SecretWords = { "PASSWORD", "PASSWD", "SECRET", "TOKEN", "APIKEY", "API_KEY", "PRIVATE_KEY", "CREDENTIAL" };

    private static void CheckServices(MeshFacts mesh, List<RuleFinding> findings)
    {
        var clusters = new HashSet<string>(mesh.Clusters.Where(c => c.Name != null).Select(c => c.Name!), StringComparer.Ordinal);
        var firstByKey = new Dictionary<string, ServiceFacts>(StringComparer.Ordinal);
        // One set for every service's versions, emptied between services rather than made anew for each.
        var versions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var service in mesh.Services)
        {
            // An unknown namespace (null) may be any namespace: no duplicate can be told.
            if (service.Name != null && service.Namespace != null)
            {
                var key = service.Namespace + "/" + service.Name;
                if (firstByKey.TryGetValue(key, out var first))
                {
                    ReportDuplicate(findings, first, service);
                }
                else
                {
                    firstByKey.Add(key, service);
                }
            }

            for (var i = 0; i < service.Ports.Count; i++)
            {
                var port = service.Ports[i];
                if (IsOutOfRange(port.Number, out var number))
                {
                    ReportOutOfRange(findings, port.NumberLocation ?? port.Location, PortOutOfRange(service, port, number));
                }

                if (IsOutOfRange(port.TargetPort, out var targetPort))
                {
                    ReportOutOfRange(findings, port.TargetPortLocation ?? port.Location, TargetPortOutOfRange(service, port, targetPort));
                }

                if (port.Name != null && KubernetesNameRules.IsPortName(port.Name) && !HasIstioPrefix(port.Name))
                {
                    Report(findings, RuleDescriptors.PortNameProtocol, port.Location, NoProtocol(service, port));
                }
            }

            versions.Clear();
            for (var i = 0; i < service.Versions.Count; i++)
            {
                var version = service.Versions[i];
                if (version.Name != null && !versions.Add(version.Name))
                {
                    Report(findings, RuleDescriptors.DuplicateVersion, version.Location, DuplicateVersion(service, version));
                }

                CheckVersion(service, version, clusters, findings);
            }
        }

        // Each message is its own method, formatted (and compiled) only when its finding is made.
        static void ReportDuplicate(List<RuleFinding> findings, ServiceFacts first, ServiceFacts service)
        {
            var samePorts = first.Ports.Select(p => p.Number).SequenceEqual(service.Ports.Select(p => p.Number));
            Report(findings, samePorts ? RuleDescriptors.DuplicateService : RuleDescriptors.ConflictingPorts, service.Location, samePorts
                ? $"Service '{service.Name}' in namespace '{service.Namespace}' is declared more than once."
                : $"Service '{service.Name}' is declared again with different ports ({PortList(first)} and {PortList(service)}).");
        }

        static string PortOutOfRange(ServiceFacts service, PortFacts port, int number) =>
            $"Port '{port.Name}' of service '{service.Name}' is {number}, outside 1 to 65535.";

        static string TargetPortOutOfRange(ServiceFacts service, PortFacts port, int number) =>
            $"Target port of '{port.Name}' of service '{service.Name}' is {number}, outside 1 to 65535.";

        static string NoProtocol(ServiceFacts service, PortFacts port) =>
            $"Port name '{port.Name}' of service '{service.Name}' does not start with a protocol Istio knows, so Istio treats its traffic as opaque TCP.";

        static string DuplicateVersion(ServiceFacts service, VersionFacts version) =>
            $"Service '{service.Name}' declares version '{version.Name}' more than once.";
    }

    private static void CheckVersion(ServiceFacts service, VersionFacts version, HashSet<string> clusters, List<RuleFinding> findings)
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

        if (version.Image != null && !IsPinned(version.Image))
        {
            Report(findings, RuleDescriptors.UnpinnedImage, version.ImageLocation, Unpinned(service, version));
        }

        if (version.Replicas is int replicas && replicas < 0)
        {
            Report(findings, RuleDescriptors.OutOfRange, version.ReplicasLocation ?? version.Location, NegativeReplicas(service, version, replicas));
        }

        if (IsOutOfRange(version.ContainerPort, out var number))
        {
            ReportOutOfRange(findings, version.ContainerPortLocation ?? version.Location, ContainerPortOutOfRange(service, version, number));
        }

        // The ports' targets, read in place: the container port must be one of them when all of them are known.
        var containerPort = version.ContainerPort ?? (service.Ports.Count > 0 ? service.Ports[0].TargetPort ?? service.Ports[0].Number : null);
        if (containerPort != null && AllTargetsKnown(service) && !IsTarget(service, containerPort.Value))
        {
            Report(findings, RuleDescriptors.UnservedContainerPort, version.ContainerPort != null ? version.ContainerPortLocation ?? version.Location : version.Location,
                Unserved(service, version, containerPort));
        }

        for (var i = 0; i < version.Env.Count; i++)
        {
            var variable = version.Env[i];
            if (variable.IsLiteral && variable.Name != null && LooksLikeSecret(variable.Name))
            {
                Report(findings, RuleDescriptors.LiteralSecret, variable.Location, LiteralSecret(service, version, variable));
            }
        }

        // Each message is its own method, formatted (and compiled) only when its finding is made.
        static string UnknownCluster(ServiceFacts service, VersionFacts version, string cluster, HashSet<string> clusters) =>
            $"Version '{version.Name}' of service '{service.Name}' runs on cluster '{cluster}', which the mesh does not declare (declared: {string.Join(", ", clusters.OrderBy(c => c, StringComparer.Ordinal))}).";

        static string RunsNowhere(ServiceFacts service, VersionFacts version) =>
            $"Version '{version.Name}' of service '{service.Name}' runs on no cluster.";

        static string Unpinned(ServiceFacts service, VersionFacts version) =>
            $"Image '{version.Image}' of '{service.Name}' version '{version.Name}' is not pinned to a tag.";

        static string NegativeReplicas(ServiceFacts service, VersionFacts version, int replicas) =>
            $"Replicas of '{service.Name}' version '{version.Name}' is {replicas}.";

        static string ContainerPortOutOfRange(ServiceFacts service, VersionFacts version, int number) =>
            $"Container port of '{service.Name}' version '{version.Name}' is {number}, outside 1 to 65535.";

        static string Unserved(ServiceFacts service, VersionFacts version, int? containerPort) =>
            $"Container port {containerPort} of '{service.Name}' version '{version.Name}' is not the target of any port of Service '{service.Name}' ({PortList(service)}).";

        static string LiteralSecret(ServiceFacts service, VersionFacts version, EnvFacts variable) =>
            $"Environment variable '{variable.Name}' of '{service.Name}' version '{version.Name}' looks like a secret but has a literal value, which would be written into the manifests.";
    }

    private static bool AllTargetsKnown(ServiceFacts service)
    {
        for (var p = 0; p < service.Ports.Count; p++)
        {
            var port = service.Ports[p];
            if ((port.TargetPort ?? port.Number) == null)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTarget(ServiceFacts service, int containerPort)
    {
        for (var p = 0; p < service.Ports.Count; p++)
        {
            var port = service.Ports[p];
            if ((port.TargetPort ?? port.Number) == containerPort)
            {
                return true;
            }
        }

        return false;
    }

    // Upper-cased once per variable, not once per word.
    private static bool LooksLikeSecret(string name)
    {
        var upper = name.ToUpperInvariant();
        foreach (var word in SecretWords)
        {
            if (upper.Contains(word))
            {
                return true;
            }
        }

        return false;
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

    // The message is made by the caller, and only when the number is out of range.
    private static bool IsOutOfRange(int? number, out int value)
    {
        value = number ?? 0;
        return number is int n && (n < 1 || n > 65535);
    }

    private static void ReportOutOfRange(List<RuleFinding> findings, FactLocation location, string message) =>
        Report(findings, RuleDescriptors.OutOfRange, location, message);

    private static string PortList(ServiceFacts service) =>
        service.Ports.Count == 0 ? "no ports" : string.Join(", ", service.Ports.Select(p => p.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"));
}
