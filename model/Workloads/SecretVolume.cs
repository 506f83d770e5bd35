namespace Manifests.Model;

/// <summary>An existing Secret mounted as files: the workload reads it at run time; its values never appear in the output.</summary>
/// <param name="SecretName">The Secret's name, in the workload's namespace.</param>
/// <param name="MountPath">The absolute path the Secret's keys appear under, read-only.</param>
public sealed record SecretVolume(string SecretName, string MountPath);
