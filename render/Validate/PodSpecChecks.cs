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

        var volumes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (pod.Volumes?.Count ?? 0); i++)
        {
            var volume = pod.Volumes![i];
            var volumePath = FieldPath.Index(path + ".volumes", i);
            if (!KubernetesSyntax.IsDns1123Label(volume.Name ?? ""))
            {
                sink.Add(volumePath + ".name", $"'{volume.Name}' is not a DNS-1123 label");
            }
            else if (!volumes.Add(volume.Name!))
            {
                sink.Add(volumePath + ".name", $"'{volume.Name}' is declared twice");
            }

            if (volume.Secret is { } secret && !KubernetesSyntax.IsDns1123Subdomain(secret.SecretName ?? ""))
            {
                sink.Add(volumePath + ".secret.secretName", $"'{secret.SecretName}' is not a DNS-1123 subdomain");
            }
        }

        var containers = pod.Containers ?? [];
        if (containers.Count == 0)
        {
            sink.Add(path + ".containers", "must have at least one container");
        }

        var containerNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < containers.Count; i++)
        {
            Container(containers[i], FieldPath.Index(path + ".containers", i), volumes, containerNames, sink);
        }
    }

    private static void Container(V1Container container, string path, HashSet<string> volumes, HashSet<string> names, ProblemSink sink)
    {
        if (!KubernetesSyntax.IsDns1123Label(container.Name ?? ""))
        {
            sink.Add(path + ".name", $"'{container.Name}' is not a DNS-1123 label");
        }
        else if (!names.Add(container.Name!))
        {
            sink.Add(path + ".name", $"'{container.Name}' is used by two containers");
        }

        if (string.IsNullOrWhiteSpace(container.Image) || container.Image != container.Image.Trim())
        {
            sink.Add(path + ".image", "is required and must not start or end with white space");
        }

        if (container.ImagePullPolicy is { } pull && !PullPolicies.Contains(pull))
        {
            sink.Add(path + ".imagePullPolicy", $"'{pull}' is not Always, IfNotPresent or Never");
        }

        for (var i = 0; i < (container.Ports?.Count ?? 0); i++)
        {
            CoreObjectChecks.PortNumber(container.Ports![i].ContainerPort, FieldPath.Index(path + ".ports", i) + ".containerPort", sink);
        }

        var envNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (container.Env?.Count ?? 0); i++)
        {
            var env = container.Env![i];
            var envPath = FieldPath.Index(path + ".env", i);
            if (!KubernetesSyntax.IsEnvVarName(env.Name ?? ""))
            {
                sink.Add(envPath + ".name", $"'{ObjectMetadataChecks.Shorten(env.Name ?? "")}' is not a valid environment variable name ([-._a-zA-Z][-._a-zA-Z0-9]*)");
            }

            if (env.ValueFrom is not null && !string.IsNullOrEmpty(env.Value))
            {
                sink.Add(envPath, "has both a value and valueFrom");
            }

            if (env.ValueFrom?.SecretKeyRef is { } secretRef)
            {
                if (!KubernetesSyntax.IsDns1123Subdomain(secretRef.Name ?? ""))
                {
                    sink.Add(envPath + ".valueFrom.secretKeyRef.name", $"'{secretRef.Name}' is not a DNS-1123 subdomain");
                }

                if (string.IsNullOrEmpty(secretRef.Key) || secretRef.Key.Length > 253 || !secretRef.Key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
                {
                    sink.Add(envPath + ".valueFrom.secretKeyRef.key", $"'{secretRef.Key}' is not a valid Secret key (letters, digits, '-', '_' and '.')");
                }
            }

            if (!string.IsNullOrEmpty(env.Name) && !envNames.Add(env.Name))
            {
                sink.Add(envPath + ".name", $"'{env.Name}' is set twice");
            }
        }

        var mountPaths = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (container.VolumeMounts?.Count ?? 0); i++)
        {
            var mount = container.VolumeMounts![i];
            var mountPath = FieldPath.Index(path + ".volumeMounts", i);
            if (!volumes.Contains(mount.Name ?? ""))
            {
                sink.Add(mountPath + ".name", $"mounts '{mount.Name}', which the pod does not declare");
            }

            if (string.IsNullOrEmpty(mount.MountPath) || !mount.MountPath.StartsWith('/') || mount.MountPath.Split('/').Contains(".."))
            {
                sink.Add(mountPath + ".mountPath", $"'{mount.MountPath}' must be an absolute path without '..'");
            }
            else if (!mountPaths.Add(mount.MountPath))
            {
                sink.Add(mountPath + ".mountPath", $"'{mount.MountPath}' is mounted twice");
            }
        }
    }
}
