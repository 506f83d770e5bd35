using System.Collections.Generic;

namespace Manifests.Model;

/// <summary>The volumes of a <see cref="ServiceVersion"/>'s container, besides what the image brings.</summary>
public sealed record VersionVolumes
{
    /// <summary>No volumes.</summary>
    public static VersionVolumes None { get; } = new();

    /// <summary>Absolute paths the image writes to (such as <c>/tmp</c>): each gets an empty, writable volume, so the root filesystem can stay read-only.</summary>
    public IReadOnlyList<string> WritablePaths { get; init; } = [];

    /// <summary>Existing Secrets mounted read-only as files.</summary>
    public IReadOnlyList<SecretVolume> Secrets { get; init; } = [];
}
