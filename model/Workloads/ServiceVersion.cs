using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Manifests.Model;

/// <summary>One version of a service: a Deployment labelled <c>version: Name</c>, run on the listed clusters.</summary>
public sealed record ServiceVersion
{
    /// <summary>Declares a version.</summary>
    /// <param name="name">A DNS-1123 label such as <c>v1</c>; the <c>version</c> label and the DestinationRule subset name.</param>
    /// <param name="file">Filled by the compiler.</param>
    /// <param name="line">Filled by the compiler.</param>
    public ServiceVersion(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Name = name;
        Source = new SourceLocation(file, line);
    }

    /// <summary>The version name.</summary>
    public string Name { get; }

    /// <summary>Where the version was declared.</summary>
    public SourceLocation Source { get; init; }

    /// <summary>The container image, with a tag or digest.</summary>
    public required string Image { get; init; }

    /// <summary>When the kubelet pulls the image.</summary>
    public PullPolicy ImagePullPolicy { get; init; } = PullPolicy.IfNotPresent;

    /// <summary>Pods per cluster.</summary>
    public int Replicas { get; init; } = ModelDefaults.Replicas;

    /// <summary>The port the container listens on; <see langword="null"/> means the first Service port's target.</summary>
    public int? ContainerPort { get; init; }

    /// <summary>The names of the clusters the version runs in.</summary>
    public required IReadOnlyList<string> Clusters { get; init; }

    /// <summary>Extra pod labels besides <c>app</c> and <c>version</c>.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Environment variables of the container.</summary>
    public IReadOnlyList<EnvironmentVariable> Env { get; init; } = [];

    /// <summary>CPU and memory of the container; <see langword="null"/> takes the security policy's defaults, if any.</summary>
    public ComputeResources? Resources { get; init; }

    /// <summary>The volumes mounted into the container: writable scratch paths and Secrets; none by default.</summary>
    public VersionVolumes Volumes { get; init; } = VersionVolumes.None;
}

/// <summary>A Kubernetes image pull policy.</summary>
public enum PullPolicy
{
    /// <summary>Pull only when the image is not on the node.</summary>
    IfNotPresent,

    /// <summary>Pull on every start.</summary>
    Always,

    /// <summary>Never pull.</summary>
    Never,
}
