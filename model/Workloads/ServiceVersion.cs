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
    public int Replicas { get; init; } = 1;

    /// <summary>The port the container listens on; <see langword="null"/> means the first Service port's target.</summary>
    public int? ContainerPort { get; init; }

    /// <summary>The names of the clusters the version runs in.</summary>
    public required IReadOnlyList<string> Clusters { get; init; }

    /// <summary>Extra pod labels besides <c>app</c> and <c>version</c>.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = Service.EmptyMap;

    /// <summary>Environment variables of the container.</summary>
    public IReadOnlyList<EnvironmentVariable> Env { get; init; } = [];

    /// <summary>CPU and memory of the container; <see langword="null"/> takes the security policy's defaults, if any.</summary>
    public ComputeResources? Resources { get; init; }

    /// <summary>Absolute paths the image writes to (such as <c>/tmp</c>): each gets an empty, writable volume, so the root filesystem can stay read-only.</summary>
    public IReadOnlyList<string> WritablePaths { get; init; } = [];

    /// <summary>Existing Secrets mounted read-only as files.</summary>
    public IReadOnlyList<SecretVolume> SecretVolumes { get; init; } = [];
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

/// <summary>An environment variable: a plain value, or a reference to a key of an existing Secret.</summary>
public sealed record EnvironmentVariable
{
    private EnvironmentVariable(string name, string? value, SecretKeyReference? secret)
    {
        Name = name;
        Value = value;
        Secret = secret;
    }

    /// <summary>The variable name.</summary>
    public string Name { get; }

    /// <summary>The literal value, for non-secret configuration.</summary>
    public string? Value { get; }

    /// <summary>The Secret key the value is read from at run time.</summary>
    public SecretKeyReference? Secret { get; }

    /// <summary>A variable with a literal, non-secret value.</summary>
    public static EnvironmentVariable Literal(string name, string value) => new(name, value, null);

    /// <summary>A variable read from a key of an existing Secret; the secret value never appears in the output.</summary>
    public static EnvironmentVariable FromSecret(string name, string secretName, string key) =>
        new(name, null, new SecretKeyReference(secretName, key));
}

/// <summary>A key of an existing Kubernetes Secret.</summary>
/// <param name="SecretName">The Secret's name, in the workload's namespace.</param>
/// <param name="Key">The key inside the Secret.</param>
public sealed record SecretKeyReference(string SecretName, string Key);
