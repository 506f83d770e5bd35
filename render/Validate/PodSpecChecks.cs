using k8s.Models;

namespace Manifests.Render.Validate;

/// <summary>The API server's rules for a pod template: service account, volumes, containers, ports, env and mounts.</summary>
internal static class PodSpecChecks
{
    private static readonly HashSet<string> PullPolicies = new(StringComparer.Ordinal) { "Always", "IfNotPresent", "Never" };

    public static void Check(V1PodSpec pod, string path, ProblemSink sink)
    {
        if (pod.ServiceAccountName is { } account && !KubernetesSyntax.IsDns1123Subdomain(account))
        {
            sink.Add(path + ".serviceAccountName", $"'{ObjectMetadataChecks.Shorten(account)}' is not a DNS-1123 subdomain");
        }

        var volumes = new HashSet<string>(pod.Volumes?.Count ?? 0, StringComparer.Ordinal);
        for (var i = 0; i < (pod.Volumes?.Count ?? 0); i++)
        {
            var volume = pod.Volumes![i];
            string VolumePath() => FieldPath.Index(path + ".volumes", i);
            if (!KubernetesSyntax.IsDns1123Label(volume.Name ?? ""))
            {
                sink.Add(VolumePath() + ".name", $"'{volume.Name}' is not a DNS-1123 label");
            }
            else if (!volumes.Add(volume.Name!))
            {
                sink.Add(VolumePath() + ".name", $"'{volume.Name}' is declared twice");
            }

            if (volume.Secret is { } secret && !KubernetesSyntax.IsDns1123Subdomain(secret.SecretName ?? ""))
            {
                sink.Add(VolumePath() + ".secret.secretName", $"'{secret.SecretName}' is not a DNS-1123 subdomain");
            }
        }

        var containers = pod.Containers ?? [];
        if (containers.Count == 0)
        {
            sink.Add(path + ".containers", "must have at least one container");
        }

        var containerNames = new HashSet<string>(containers.Count, StringComparer.Ordinal);
        for (var i = 0; i < containers.Count; i++)
        {
            Container(containers[i], new ContainerPath(path, i), volumes, containerNames, sink);
        }
    }

    private static void Container(V1Container container, ContainerPath at, HashSet<string> volumes, HashSet<string> names, ProblemSink sink)
    {
        if (!KubernetesSyntax.IsDns1123Label(container.Name ?? ""))
        {
            sink.Add(at.Path + ".name", $"'{container.Name}' is not a DNS-1123 label");
        }
        else if (!names.Add(container.Name!))
        {
            sink.Add(at.Path + ".name", $"'{container.Name}' is used by two containers");
        }

        if (string.IsNullOrWhiteSpace(container.Image) || container.Image != container.Image.Trim())
        {
            sink.Add(at.Path + ".image", "is required and must not start or end with white space");
        }

        if (container.ImagePullPolicy is { } pull && !PullPolicies.Contains(pull))
        {
            sink.Add(at.Path + ".imagePullPolicy", $"'{pull}' is not Always, IfNotPresent or Never");
        }

        for (var i = 0; i < (container.Ports?.Count ?? 0); i++)
        {
            if (container.Ports![i].ContainerPort is not (>= 1 and <= 65535) and var port)
            {
                CoreObjectChecks.PortNumber(port, FieldPath.Index(at.Path + ".ports", i) + ".containerPort", sink);
            }
        }

        var envNames = container.Env is { Count: > 1 } ? new HashSet<string>(container.Env.Count, StringComparer.Ordinal) : null;
        for (var i = 0; i < (container.Env?.Count ?? 0); i++)
        {
            var env = container.Env![i];
            string EnvPath() => FieldPath.Index(at.Path + ".env", i);
            if (!KubernetesSyntax.IsEnvVarName(env.Name ?? ""))
            {
                sink.Add(EnvPath() + ".name", $"'{ObjectMetadataChecks.Shorten(env.Name ?? "")}' is not a valid environment variable name ([-._a-zA-Z][-._a-zA-Z0-9]*)");
            }

            if (env.ValueFrom is not null && !string.IsNullOrEmpty(env.Value))
            {
                sink.Add(EnvPath(), "has both a value and valueFrom");
            }

            if (env.ValueFrom?.SecretKeyRef is { } secretRef)
            {
                if (!KubernetesSyntax.IsDns1123Subdomain(secretRef.Name ?? ""))
                {
                    sink.Add(EnvPath() + ".valueFrom.secretKeyRef.name", $"'{secretRef.Name}' is not a DNS-1123 subdomain");
                }

                if (string.IsNullOrEmpty(secretRef.Key) || secretRef.Key.Length > 253 || !secretRef.Key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
                {
                    sink.Add(EnvPath() + ".valueFrom.secretKeyRef.key", $"'{secretRef.Key}' is not a valid Secret key (letters, digits, '-', '_' and '.')");
                }
            }

            if (!string.IsNullOrEmpty(env.Name) && envNames is not null && !envNames.Add(env.Name))
            {
                sink.Add(EnvPath() + ".name", $"'{env.Name}' is set twice");
            }
        }

        var mountPaths = container.VolumeMounts is { Count: > 1 } ? new HashSet<string>(container.VolumeMounts.Count, StringComparer.Ordinal) : null;
        for (var i = 0; i < (container.VolumeMounts?.Count ?? 0); i++)
        {
            var mount = container.VolumeMounts![i];
            string MountPath() => FieldPath.Index(at.Path + ".volumeMounts", i);
            if (!volumes.Contains(mount.Name ?? ""))
            {
                sink.Add(MountPath() + ".name", $"mounts '{mount.Name}', which the pod does not declare");
            }

            if (string.IsNullOrEmpty(mount.MountPath) || !mount.MountPath.StartsWith('/') || mount.MountPath.Contains("/../", StringComparison.Ordinal) || mount.MountPath.EndsWith("/..", StringComparison.Ordinal))
            {
                sink.Add(MountPath() + ".mountPath", $"'{mount.MountPath}' must be an absolute path without '..'");
            }
            else if (mountPaths is not null && !mountPaths.Add(mount.MountPath))
            {
                sink.Add(MountPath() + ".mountPath", $"'{mount.MountPath}' is mounted twice");
            }
        }
    }

    // A container's field path, made only when a problem is reported.
    private readonly record struct ContainerPath(string PodPath, int Index)
    {
        public string Path => FieldPath.Index(PodPath + ".containers", Index);
    }
}
