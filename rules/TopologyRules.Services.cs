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
                    var samePorts = first.Ports.Select(p => p.Number).SequenceEqual(service.Ports.Select(p => p.Number));
                    Report(findings, samePorts ? RuleDescriptors.DuplicateService : RuleDescriptors.ConflictingPorts, service.Location, samePorts
                        ? $"Service '{service.Name}' in namespace '{service.Namespace}' is declared more than once."
                        : $"Service '{service.Name}' is declared again with different ports ({PortList(first)} and {PortList(service)}).");
                }
                else
                {
                    firstByKey.Add(key, service);
                }
            }

            for (var p = 0; p < service.Ports.Count; p++)
            {
                var port = service.Ports[p];
                if (IsOutOfRange(port.Number, out var number))
                {
                    ReportOutOfRange(findings, port.NumberLocation ?? port.Location, $"Port '{port.Name}' of service '{service.Name}' is {number}, outside 1 to 65535.");
                }

                if (IsOutOfRange(port.TargetPort, out var targetPort))
                {
                    ReportOutOfRange(findings, port.TargetPortLocation ?? port.Location, $"Target port of '{port.Name}' of service '{service.Name}' is {targetPort}, outside 1 to 65535.");
                }

                if (port.Name != null && KubernetesNameRules.IsPortName(port.Name) && !HasIstioPrefix(port.Name))
                {
                    Report(findings, RuleDescriptors.PortNameProtocol, port.Location,
                        $"Port name '{port.Name}' of service '{service.Name}' does not start with a protocol Istio knows, so Istio treats its traffic as opaque TCP.");
                }
            }

            versions.Clear();
            for (var v = 0; v < service.Versions.Count; v++)
            {
                var version = service.Versions[v];
                if (version.Name != null && !versions.Add(version.Name))
                {
                    Report(findings, RuleDescriptors.DuplicateVersion, version.Location, $"Service '{service.Name}' declares version '{version.Name}' more than once.");
                }

                CheckVersion(service, version, clusters, findings);
            }
        }
    }

    private static void CheckVersion(ServiceFacts service, VersionFacts version, HashSet<string> clusters, List<RuleFinding> findings)
    {
        for (var c = 0; c < version.Clusters.Count; c++)
        {
            var cluster = version.Clusters[c];
            if (cluster.Name != null && !clusters.Contains(cluster.Name))
            {
                Report(findings, RuleDescriptors.UnknownCluster, cluster.Location,
                    $"Version '{version.Name}' of service '{service.Name}' runs on cluster '{cluster.Name}', which the mesh does not declare (declared: {string.Join(", ", clusters.OrderBy(c => c, StringComparer.Ordinal))}).");
            }
        }

        if (version.Clusters.Count == 0)
        {
            Report(findings, RuleDescriptors.VersionRunsNowhere, version.Location, $"Version '{version.Name}' of service '{service.Name}' runs on no cluster.");
        }

        if (version.Image != null && !IsPinned(version.Image))
        {
            Report(findings, RuleDescriptors.UnpinnedImage, version.ImageLocation, $"Image '{version.Image}' of '{service.Name}' version '{version.Name}' is not pinned to a tag.");
        }

        if (version.Replicas is int replicas && replicas < 0)
        {
            Report(findings, RuleDescriptors.OutOfRange, version.ReplicasLocation ?? version.Location, $"Replicas of '{service.Name}' version '{version.Name}' is {replicas}.");
        }

        if (IsOutOfRange(version.ContainerPort, out var number))
        {
            ReportOutOfRange(findings, version.ContainerPortLocation ?? version.Location, $"Container port of '{service.Name}' version '{version.Name}' is {number}, outside 1 to 65535.");
        }

        // The ports' targets, read in place: the container port must be one of them when all of them are known.
        var containerPort = version.ContainerPort ?? (service.Ports.Count > 0 ? service.Ports[0].TargetPort ?? service.Ports[0].Number : null);
        if (containerPort != null && AllTargetsKnown(service) && !IsTarget(service, containerPort.Value))
        {
            Report(findings, RuleDescriptors.UnservedContainerPort, version.ContainerPort != null ? version.ContainerPortLocation ?? version.Location : version.Location,
                $"Container port {containerPort} of '{service.Name}' version '{version.Name}' is not the target of any port of Service '{service.Name}' ({PortList(service)}).");
        }

        for (var e = 0; e < version.Env.Count; e++)
        {
            var variable = version.Env[e];
            if (variable.IsLiteral && variable.Name != null && LooksLikeSecret(variable.Name))
            {
                Report(findings, RuleDescriptors.LiteralSecret, variable.Location,
                    $"Environment variable '{variable.Name}' of '{service.Name}' version '{version.Name}' looks like a secret but has a literal value, which would be written into the manifests.");
            }
        }
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
            for (var c = 0; c < service.Calls.Count; c++)
            {
                var call = service.Calls[c];
                if (call.Name == null)
                {
                    continue;
                }

                if (!byName.TryGetValue(call.Name, out var callee))
                {
                    Report(findings, RuleDescriptors.UnknownCall, call.Location, $"Service '{service.Name}' calls '{call.Name}', which the mesh does not declare.");
                }
                else if (!RunsSomewhere(callee))
                {
                    Report(findings, RuleDescriptors.CalledServiceNotRunning, call.Location, $"Service '{service.Name}' calls '{call.Name}', but no version of '{call.Name}' runs on any cluster.");
                }
            }
        }
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

    private static void CheckPolicies(MeshFacts mesh, List<RuleFinding> findings)
    {
        // One set for every service's version names, emptied between services rather than made anew for each.
        var versions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var service in mesh.Services)
        {
            if (service.Policy == null || service.Policy.Kind == PolicyKind.Spread)
            {
                continue;
            }

            versions.Clear();
            for (var v = 0; v < service.Versions.Count; v++)
            {
                var version = service.Versions[v];
                if (version.Name != null)
                {
                    versions.Add(version.Name);
                }
            }

            var allWeighted = true;
            for (var w = 0; w < service.Policy.Weights.Count; w++)
            {
                var weight = service.Policy.Weights[w];
                if (weight.Version.Name != null && !versions.Contains(weight.Version.Name))
                {
                    Report(findings, RuleDescriptors.UnknownVersion, weight.Version.Location,
                        $"The traffic policy of '{service.Name}' names version '{weight.Version.Name}', which '{service.Name}' does not have (it has: {string.Join(", ", versions.OrderBy(v => v, StringComparer.Ordinal))}).");
                }

                allWeighted &= weight.Weight != null;
            }

            if (service.Policy.Kind == PolicyKind.Weighted && allWeighted)
            {
                // Summed as long: int.MaxValue-sized weights are a user's mistake to report, not an overflow to throw.
                long sum = 0;
                var inRange = true;
                for (var w = 0; w < service.Policy.Weights.Count; w++)
                {
                    var weight = service.Policy.Weights[w];
                    var value = weight.Weight!.Value;
                    sum += value;
                    inRange &= value >= 0 && value <= 100;
                }

                if (!inRange || sum != 100)
                {
                    var weights = service.Policy.Weights.Select(w => w.Weight!.Value).ToList();
                    Report(findings, RuleDescriptors.BadWeights, service.Policy.Location,
                        $"The weights of '{service.Name}' are {string.Join(", ", weights)} (sum {sum}).");
                }
            }
        }
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
