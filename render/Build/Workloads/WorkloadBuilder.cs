using k8s.Models;
using Manifests.Model;

namespace Manifests.Render.Build.Workloads;

/// <summary>Builds the workloads' objects (Namespace, Service, ServiceAccount, Deployment) with KubernetesClient's own models.</summary>
internal static class WorkloadBuilder
{
    public static BuiltObject Namespace(string name) => new(
        V1Namespace.KubeKind,
        name,
        null,
        new V1Namespace
        {
            ApiVersion = ApiVersion(V1Namespace.KubeGroup, V1Namespace.KubeApiVersion),
            Kind = V1Namespace.KubeKind,
            Metadata = new V1ObjectMeta { Name = name },
        });

    public static BuiltObject Service(Service service)
    {
        var body = new V1Service
        {
            ApiVersion = ApiVersion(V1Service.KubeGroup, V1Service.KubeApiVersion),
            Kind = V1Service.KubeKind,
            Metadata = Metadata(service.Name, service, Labels.Of(("app", service.Name), ("service", service.Name))),
            Spec = new V1ServiceSpec
            {
                Ports = service.Ports.Select(p => new V1ServicePort
                {
                    Name = p.Name,
                    Port = p.Number,
                    Protocol = p.Protocol is { } protocol ? KubernetesNames.Of(protocol) : null,
                    TargetPort = p.TargetPort is { } target ? (IntOrString)target : null,
                }).ToList(),
                Selector = Labels.Of(("app", service.Name)),
            },
        };
        return new BuiltObject(V1Service.KubeKind, service.Name, service.Namespace, body);
    }

    public static BuiltObject ServiceAccount(Service service)
    {
        var body = new V1ServiceAccount
        {
            ApiVersion = ApiVersion(V1ServiceAccount.KubeGroup, V1ServiceAccount.KubeApiVersion),
            Kind = V1ServiceAccount.KubeKind,
            Metadata = Metadata(service.ServiceAccountName, service, Labels.Of(("account", service.Name))),
        };
        return new BuiltObject(V1ServiceAccount.KubeKind, service.ServiceAccountName, service.Namespace, body);
    }

    public static BuiltObject Deployment(Service service, ServiceVersion version, SecurityPolicy? policy)
    {
        var name = $"{service.Name}-{version.Name}";
        var selector = Labels.Of(("app", service.Name), ("version", version.Name));
        var (volumes, mounts) = Volumes(version);
        var body = new V1Deployment
        {
            ApiVersion = ApiVersion(V1Deployment.KubeGroup, V1Deployment.KubeApiVersion),
            Kind = V1Deployment.KubeKind,
            Metadata = Metadata(name, service, Labels.Of(("app", service.Name), ("version", version.Name))),
            Spec = new V1DeploymentSpec
            {
                Replicas = version.Replicas,
                Selector = new V1LabelSelector { MatchLabels = selector },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = Labels.Merge(selector, version.Labels) },
                    Spec = new V1PodSpec
                    {
                        ServiceAccountName = service.ServiceAccountName,
                        AutomountServiceAccountToken = policy is { AutomountServiceAccountToken: false } ? false : null,
                        SecurityContext = WorkloadSecurity.Pod(policy),
                        Volumes = volumes,
                        Containers =
                        [
                            new V1Container
                            {
                                Name = service.Name,
                                Image = version.Image,
                                ImagePullPolicy = version.ImagePullPolicy.ToString(),
                                Ports = [new V1ContainerPort { ContainerPort = ContainerPort(service, version) }],
                                Env = version.Env.Count == 0 ? null : version.Env.Select(EnvVar).ToList(),
                                Resources = Resources(version.Resources ?? policy?.DefaultResources),
                                SecurityContext = WorkloadSecurity.Container(policy),
                                VolumeMounts = mounts,
                            },
                        ],
                    },
                },
            },
        };
        return new BuiltObject(V1Deployment.KubeKind, name, service.Namespace, body);
    }

    // Writable scratch space for a read-only root filesystem, and Secrets as read-only files: named by position, so stable.
    private static (List<V1Volume>? Volumes, List<V1VolumeMount>? Mounts) Volumes(ServiceVersion version)
    {
        if (version.Volumes.WritablePaths.Count == 0 && version.Volumes.Secrets.Count == 0)
        {
            return (null, null);
        }

        var volumes = new List<V1Volume>();
        var mounts = new List<V1VolumeMount>();
        for (var i = 0; i < version.Volumes.WritablePaths.Count; i++)
        {
            var volume = $"writable-{i}";
            volumes.Add(new V1Volume { Name = volume, EmptyDir = new V1EmptyDirVolumeSource() });
            mounts.Add(new V1VolumeMount { Name = volume, MountPath = version.Volumes.WritablePaths[i] });
        }

        for (var i = 0; i < version.Volumes.Secrets.Count; i++)
        {
            var volume = $"secret-{i}";
            volumes.Add(new V1Volume { Name = volume, Secret = new V1SecretVolumeSource { SecretName = version.Volumes.Secrets[i].SecretName } });
            mounts.Add(new V1VolumeMount { Name = volume, MountPath = version.Volumes.Secrets[i].MountPath, ReadOnlyProperty = true });
        }

        return (volumes, mounts);
    }

    private static V1ResourceRequirements? Resources(ComputeResources? resources)
    {
        if (resources is null)
        {
            return null;
        }

        static Dictionary<string, ResourceQuantity>? Quantities(string? cpu, string? memory)
        {
            var map = new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal);
            if (cpu is not null)
            {
                map["cpu"] = new ResourceQuantity(cpu);
            }

            if (memory is not null)
            {
                map["memory"] = new ResourceQuantity(memory);
            }

            return map.Count == 0 ? null : map;
        }

        return new V1ResourceRequirements
        {
            Requests = Quantities(resources.CpuRequest, resources.MemoryRequest),
            Limits = Quantities(resources.CpuLimit, resources.MemoryLimit),
        };
    }

    /// <summary>The port the version's container listens on: declared, or the first Service port's target.</summary>
    public static int ContainerPort(Service service, ServiceVersion version) =>
        version.ContainerPort ?? service.Ports.FirstOrDefault()?.EffectiveTargetPort ?? 0;

    private static V1EnvVar EnvVar(EnvironmentVariable variable) => variable.Secret is { } secret
        ? new V1EnvVar
        {
            Name = variable.Name,
            ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = secret.SecretName, Key = secret.Key } },
        }
        : new V1EnvVar { Name = variable.Name, Value = variable.Value };

    // KubernetesClient keeps group and version apart; the core group is the empty string.
    private static string ApiVersion(string group, string version) => group.Length == 0 ? version : $"{group}/{version}";

    // Tool-added labels and annotations go only into the object's own metadata, never into selectors.
    private static V1ObjectMeta Metadata(string name, Service service, IDictionary<string, string> labels) => new()
    {
        Name = name,
        NamespaceProperty = service.Namespace,
        Labels = Labels.Merge(labels, service.Labels),
        Annotations = service.Annotations.Count == 0 ? null : Labels.Merge(new Dictionary<string, string>(), service.Annotations),
    };
}
