using System;
using System.Collections.Generic;

namespace Manifests.Rules;

/// <summary>Workloads (MESH300–399): ports, images, replicas and container ports of services and their versions.</summary>
internal static partial class RuleDescriptors
{
    /// <summary>A port name lacks Istio's protocol prefix.</summary>
    public static readonly RuleDescriptor PortNameProtocol = new("MESH013", "Port name does not follow Istio's protocol prefix convention", RuleSeverity.Warning,
        "name the port '<protocol>' or '<protocol>-<suffix>', e.g. http, http-web, grpc, tcp-db", "IST0118");

    /// <summary>A container port has no Service port targeting it.</summary>
    public static readonly RuleDescriptor UnservedContainerPort = new("MESH017", "Container port has no Service port targeting it", RuleSeverity.Error,
        "set ContainerPort to a port the Service targets, or add a Service port with that TargetPort", null);

    /// <summary>An image has no tag or uses latest.</summary>
    public static readonly RuleDescriptor UnpinnedImage = new("MESH018", "Image without a tag or with ':latest'", RuleSeverity.Warning,
        "pin the image to a version tag or a digest, e.g. repo/app:1.15.0", null);

    /// <summary>A number is out of range.</summary>
    public static readonly RuleDescriptor OutOfRange = new("MESH020", "Value out of range", RuleSeverity.Error,
        "ports are 1 to 65535; replicas are 0 or more", null);
}

internal static partial class TopologyRules
{
    private static readonly string[] IstioProtocolPrefixes =
    {
        "http", "http2", "https", "grpc", "grpc-web", "tcp", "tls", "udp", "mongo", "mysql", "redis", "mqtt",
    };

    private static void CheckPorts(ServiceFacts service, List<RuleFinding> findings)
    {
        for (var i = 0; i < service.Ports.Count; i++)
        {
            var port = service.Ports[i];
            if (IsOutOfRange(port.Number.Value, out var number))
            {
                ReportOutOfRange(findings, port.Number.Location, PortOutOfRange(service, port, number));
            }

            if (IsOutOfRange(port.TargetPort.Value, out var targetPort))
            {
                ReportOutOfRange(findings, port.TargetPort.Location, TargetPortOutOfRange(service, port, targetPort));
            }

            if (port.Name != null && KubernetesNameRules.IsPortName(port.Name) && !HasIstioPrefix(port.Name))
            {
                Report(findings, RuleDescriptors.PortNameProtocol, port.Location, NoProtocol(service, port));
            }
        }

        // Each message is its own method, formatted (and compiled) only when its finding is made.
        static string PortOutOfRange(ServiceFacts service, PortFacts port, int number) =>
            $"Port '{port.Name}' of service '{service.Name}' is {number}, outside 1 to 65535.";

        static string TargetPortOutOfRange(ServiceFacts service, PortFacts port, int number) =>
            $"Target port of '{port.Name}' of service '{service.Name}' is {number}, outside 1 to 65535.";

        static string NoProtocol(ServiceFacts service, PortFacts port) =>
            $"Port name '{port.Name}' of service '{service.Name}' does not start with a protocol Istio knows, so Istio treats its traffic as opaque TCP.";
    }

    private static void CheckWorkload(ServiceFacts service, VersionFacts version, List<RuleFinding> findings)
    {
        if (version.Image.Value != null && !IsPinned(version.Image.Value))
        {
            Report(findings, RuleDescriptors.UnpinnedImage, version.Image.Location, Unpinned(service, version));
        }

        if (version.Replicas.Value is int replicas && replicas < 0)
        {
            Report(findings, RuleDescriptors.OutOfRange, version.Replicas.Location, NegativeReplicas(service, version, replicas));
        }

        if (IsOutOfRange(version.ContainerPort.Value, out var number))
        {
            ReportOutOfRange(findings, version.ContainerPort.Location, ContainerPortOutOfRange(service, version, number));
        }

        // The ports' targets, read in place: the container port must be one of them when all of them are known.
        var containerPort = version.ContainerPort.Value ?? (service.Ports.Count > 0 ? service.Ports[0].TargetPort.Value ?? service.Ports[0].Number.Value : null);
        if (containerPort != null && AllTargetsKnown(service) && !IsTarget(service, containerPort.Value))
        {
            Report(findings, RuleDescriptors.UnservedContainerPort, version.ContainerPort.Value != null ? version.ContainerPort.Location : version.Location,
                Unserved(service, version, containerPort));
        }

        // Each message is its own method, formatted (and compiled) only when its finding is made.
        static string Unpinned(ServiceFacts service, VersionFacts version) =>
            $"Image '{version.Image.Value}' of '{service.Name}' version '{version.Name}' is not pinned to a tag.";

        static string NegativeReplicas(ServiceFacts service, VersionFacts version, int replicas) =>
            $"Replicas of '{service.Name}' version '{version.Name}' is {replicas}.";

        static string ContainerPortOutOfRange(ServiceFacts service, VersionFacts version, int number) =>
            $"Container port of '{service.Name}' version '{version.Name}' is {number}, outside 1 to 65535.";

        static string Unserved(ServiceFacts service, VersionFacts version, int? containerPort) =>
            $"Container port {containerPort} of '{service.Name}' version '{version.Name}' is not the target of any port of Service '{service.Name}' ({PortList(service)}).";
    }

    private static bool AllTargetsKnown(ServiceFacts service)
    {
        for (var p = 0; p < service.Ports.Count; p++)
        {
            var port = service.Ports[p];
            if ((port.TargetPort.Value ?? port.Number.Value) == null)
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
            if ((port.TargetPort.Value ?? port.Number.Value) == containerPort)
            {
                return true;
            }
        }

        return false;
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
