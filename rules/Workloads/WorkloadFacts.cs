using System;
using System.Collections.Generic;
using Manifests.Model;

namespace Manifests.Rules;

/// <summary>A service: its ports, calls and versions, and how its traffic is divided.</summary>
internal sealed record ServiceFacts
{
    /// <summary>The service name.</summary>
    public required string? Name { get; init; }

    /// <summary>Where the service is declared.</summary>
    public required FactLocation Location { get; init; }

    /// <summary>The namespace, at where it is written (else the service).</summary>
    public required Located<string?> Namespace { get; init; }

    /// <summary>The Service's ports.</summary>
    public IReadOnlyList<PortFacts> Ports { get; init; } = Array.Empty<PortFacts>();

    /// <summary>The services this one calls.</summary>
    public IReadOnlyList<NameReference> Calls { get; init; } = Array.Empty<NameReference>();

    /// <summary>The versions.</summary>
    public IReadOnlyList<VersionFacts> Versions { get; init; } = Array.Empty<VersionFacts>();

    /// <summary>How traffic is divided over the versions; null when not known.</summary>
    public TrafficFacts? Traffic { get; init; }

    /// <summary>The destination policy; null when there is none, or it is not known.</summary>
    public DestinationPolicyFacts? Destination { get; init; }

    /// <summary>The facts of a real service; a declaration's location is made once and shared by every fact it holds.</summary>
    internal static ServiceFacts From(Service service, SharedLocation services, SharedLocation versions)
    {
        var at = services.At(service.Source);
        var ports = FactValues.New<PortFacts>(service.Ports.Count);
        for (var i = 0; i < ports.Length; i++)
        {
            var port = service.Ports[i];
            ports[i] = new PortFacts { Name = port.Name, Location = at, Number = new(port.Number, at), TargetPort = new(port.TargetPort, at) };
        }

        var versionFacts = FactValues.New<VersionFacts>(service.Versions.Count);
        for (var i = 0; i < versionFacts.Length; i++)
        {
            versionFacts[i] = VersionFacts.From(service.Versions[i], versions.At(service.Versions[i].Source));
        }

        return new ServiceFacts
        {
            Name = service.Name,
            Location = at,
            Namespace = new(service.Namespace, at),
            Ports = ports,
            Calls = FactValues.References(service.Calls, at),
            Versions = versionFacts,
            Traffic = TrafficFacts.From(service.Traffic, at),
            Destination = service.Destination is { } destination ? DestinationPolicyFacts.From(destination, at) : null,
        };
    }
}

/// <summary>A Service port.</summary>
internal sealed record PortFacts
{
    /// <summary>The port name.</summary>
    public required string? Name { get; init; }

    /// <summary>Where the port is declared.</summary>
    public required FactLocation Location { get; init; }

    /// <summary>The port number, at where it is written (else the port).</summary>
    public required Located<int?> Number { get; init; }

    /// <summary>The container port traffic goes to (null: the same as the number, or unknown), at where it is written (else the port).</summary>
    public required Located<int?> TargetPort { get; init; }
}

/// <summary>A version of a service: a workload placed on clusters.</summary>
internal sealed record VersionFacts
{
    /// <summary>The version name.</summary>
    public required string? Name { get; init; }

    /// <summary>Where the version is declared.</summary>
    public required FactLocation Location { get; init; }

    /// <summary>The container image, at where it is written (else the version).</summary>
    public required Located<string?> Image { get; init; }

    /// <summary>The clusters the version runs on.</summary>
    public IReadOnlyList<NameReference> Clusters { get; init; } = Array.Empty<NameReference>();

    /// <summary>The container port (null: the first Service port's target, or unknown), at where it is written (else the version).</summary>
    public required Located<int?> ContainerPort { get; init; }

    /// <summary>Pods per cluster, at where it is written (else the version).</summary>
    public required Located<int?> Replicas { get; init; }

    /// <summary>The environment variables with literal values.</summary>
    public IReadOnlyList<EnvFacts> Env { get; init; } = Array.Empty<EnvFacts>();

    /// <summary>The facts of a real version, every one at <paramref name="at"/>.</summary>
    internal static VersionFacts From(ServiceVersion version, FactLocation at)
    {
        var literals = 0;
        foreach (var variable in version.Env)
        {
            literals += variable.Value is not null ? 1 : 0;
        }

        var env = FactValues.New<EnvFacts>(literals);
        var next = 0;
        foreach (var variable in version.Env)
        {
            if (variable.Value is not null)
            {
                env[next++] = new EnvFacts { Name = variable.Name, IsLiteral = true, Location = at };
            }
        }

        return new VersionFacts
        {
            Name = version.Name,
            Location = at,
            Image = new(version.Image, at),
            Clusters = FactValues.References(version.Clusters, at),
            ContainerPort = new(version.ContainerPort, at),
            Replicas = new(version.Replicas, at),
            Env = env,
        };
    }
}

/// <summary>An environment variable with a literal value (references to Secrets are not facts: they are always fine).</summary>
internal sealed record EnvFacts
{
    /// <summary>The variable name.</summary>
    public required string? Name { get; init; }

    /// <summary>Whether the value is written in the topology.</summary>
    public required bool IsLiteral { get; init; }

    /// <summary>Where the variable is declared.</summary>
    public required FactLocation Location { get; init; }
}
