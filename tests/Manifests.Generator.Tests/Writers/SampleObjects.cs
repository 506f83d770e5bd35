using System.Text.Json;
using System.Text.Json.Nodes;
using k8s.Models;
using Manifests.Generator.Tests.Writers.Samples;

namespace Manifests.Generator.Tests.Writers;

/// <summary>Richly populated objects for the writer tests; maps are filled out of key order on purpose.</summary>
internal static class SampleObjects
{
    public static V1Deployment Deployment() => new()
    {
        ApiVersion = "apps/v1",
        Kind = "Deployment",
        Metadata = new V1ObjectMeta
        {
            Name = "reviews-v3",
            NamespaceProperty = "bookinfo",
            Labels = new Dictionary<string, string> { ["version"] = "v3", ["app"] = "reviews", ["App"] = "upper", ["app.kubernetes.io/name"] = "reviews" },
            Annotations = new Dictionary<string, string> { ["sidecar.istio.io/inject"] = "true", ["description"] = "line one\nline \"two\"" },
            Finalizers = ["b", "a"],
            Generation = 3,
            CreationTimestamp = new DateTime(2024, 5, 1, 12, 30, 0, DateTimeKind.Utc),
        },
        Spec = new V1DeploymentSpec
        {
            Replicas = 2,
            Paused = false,
            RevisionHistoryLimit = 0,
            Selector = new V1LabelSelector
            {
                MatchLabels = new Dictionary<string, string> { ["version"] = "v3", ["app"] = "reviews" },
                MatchExpressions = [new V1LabelSelectorRequirement { Key = "tier", OperatorProperty = "In", Values = ["web", "api"] }],
            },
            Strategy = new V1DeploymentStrategy
            {
                Type = "RollingUpdate",
                RollingUpdate = new V1RollingUpdateDeployment { MaxSurge = "25%", MaxUnavailable = 0 },
            },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta
                {
                    Labels = new Dictionary<string, string> { ["version"] = "v3", ["app"] = "reviews" },
                    Annotations = new Dictionary<string, string> { ["prometheus.io/scrape"] = "true" },
                    Name = "template",
                    NamespaceProperty = "bookinfo",
                },
                Spec = new V1PodSpec
                {
                    ServiceAccountName = "bookinfo-reviews",
                    TerminationGracePeriodSeconds = 30,
                    NodeSelector = new Dictionary<string, string> { ["kubernetes.io/os"] = "linux" },
                    SecurityContext = new V1PodSecurityContext
                    {
                        RunAsNonRoot = true,
                        RunAsUser = 1000,
                        FsGroup = 2000,
                        SupplementalGroups = [3000, null, 4000],
                        SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
                    },
                    Tolerations = [new V1Toleration { Key = "dedicated", OperatorProperty = "Equal", Value = "web", Effect = "NoSchedule", TolerationSeconds = 60 }],
                    Containers =
                    [
                        new V1Container
                        {
                            Name = "reviews",
                            Image = "docker.io/istio/examples-bookinfo-reviews-v3:1.20.2",
                            ImagePullPolicy = "IfNotPresent",
                            Args = ["--port", "9080"],
                            Ports = [new V1ContainerPort { ContainerPort = 9080, Name = "http", Protocol = "TCP" }],
                            Env =
                            [
                                new V1EnvVar { Name = "LOG_DIR", Value = "/tmp/logs" },
                                new V1EnvVar
                                {
                                    Name = "DB_PASSWORD",
                                    ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = "db", Key = "password", Optional = false } },
                                },
                                new V1EnvVar
                                {
                                    Name = "POD_IP",
                                    ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = "status.podIP" } },
                                },
                            ],
                            Resources = new V1ResourceRequirements
                            {
                                Requests = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity("64Mi"), ["cpu"] = new ResourceQuantity("100m") },
                                Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new ResourceQuantity("1Gi"), ["cpu"] = new ResourceQuantity("1.5") },
                            },
                            LivenessProbe = new V1Probe
                            {
                                HttpGet = new V1HTTPGetAction { Path = "/health", Port = 9080, Scheme = "HTTP", HttpHeaders = [new V1HTTPHeader { Name = "X-Probe", Value = "1" }] },
                                InitialDelaySeconds = 5,
                                PeriodSeconds = 10,
                            },
                            ReadinessProbe = new V1Probe { TcpSocket = new V1TCPSocketAction { Port = "http" }, FailureThreshold = 3 },
                            StartupProbe = new V1Probe { Exec = new V1ExecAction { Command = ["cat", "/tmp/ready"] } },
                            SecurityContext = new V1SecurityContext
                            {
                                AllowPrivilegeEscalation = false,
                                ReadOnlyRootFilesystem = true,
                                RunAsNonRoot = true,
                                Capabilities = new V1Capabilities { Drop = ["ALL"], Add = [] },
                            },
                            VolumeMounts = [new V1VolumeMount { Name = "tmp", MountPath = "/tmp" }, new V1VolumeMount { Name = "config", MountPath = "/etc/config", ReadOnlyProperty = true }],
                        },
                    ],
                    Volumes =
                    [
                        new V1Volume { Name = "tmp", EmptyDir = new V1EmptyDirVolumeSource { Medium = "Memory", SizeLimit = new ResourceQuantity("128Mi") } },
                        new V1Volume
                        {
                            Name = "config",
                            ConfigMap = new V1ConfigMapVolumeSource { Name = "reviews-config", DefaultMode = 420, Items = [new V1KeyToPath { Key = "app.yaml", Path = "app.yaml" }] },
                        },
                    ],
                },
            },
        },
    };

    public static V1Service Service() => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = new V1ObjectMeta { Name = "reviews", NamespaceProperty = "bookinfo", Labels = new Dictionary<string, string> { ["service"] = "reviews", ["app"] = "reviews" } },
        Spec = new V1ServiceSpec
        {
            Type = "ClusterIP",
            Selector = new Dictionary<string, string> { ["app"] = "reviews" },
            Ports =
            [
                new V1ServicePort { Name = "http", Port = 9080, TargetPort = 9080, Protocol = "TCP", AppProtocol = "http" },
                new V1ServicePort { Name = "grpc", Port = 9090, TargetPort = "grpc" },
            ],
            IpFamilies = ["IPv4"],
        },
    };

    public static V1Namespace Namespace() => new()
    {
        ApiVersion = "v1",
        Kind = "Namespace",
        Metadata = new V1ObjectMeta { Name = "bookinfo", Labels = new Dictionary<string, string> { ["istio-injection"] = "enabled" } },
        Spec = new V1NamespaceSpec { Finalizers = ["kubernetes"] },
    };

    public static V1ServiceAccount ServiceAccount() => new()
    {
        ApiVersion = "v1",
        Kind = "ServiceAccount",
        Metadata = new V1ObjectMeta { Name = "bookinfo-reviews", NamespaceProperty = "bookinfo", Labels = new Dictionary<string, string> { ["account"] = "reviews" } },
        AutomountServiceAccountToken = false,
        ImagePullSecrets = [new V1LocalObjectReference { Name = "registry" }],
    };

    public static Kitchen Kitchen() => new()
    {
        Zebra = "z",
        apple = "a",
        _under = "_",
        @event = "keyword",
        Custom = "custom",
        Unicode = "ünïcode value ✓",
        Flag = true,
        MaybeFlag = false,
        Tiny = -8,
        Octet = 255,
        Small = -300,
        SmallUnsigned = 65535,
        Whole = int.MinValue,
        WholeUnsigned = uint.MaxValue,
        Big = long.MaxValue,
        Huge = ulong.MaxValue,
        Single = 1.1f,
        Real = 0.1 + 0.2,
        MaybeReal = 1e300,
        Money = 12.50m,
        Letter = 'é',
        Phase = Phase.Running,
        MaybePhase = Phase.Pending,
        UndefinedPhase = (Phase)42,
        Tier = Tier.Silver,
        CombinedTier = Tier.Gold | Tier.Silver,
        Priority = Priority.Low,
        Mask = Mask.All,
        Features = Features.Tls | Features.Retries,
        Alias = Alias.Primary,
        Mode = Mode.Permissive,
        MaybeMode = Mode.Strict,
        NumberMode = Mode.Permissive,
        Phases = [Phase.Failed, Phase.Pending, (Phase)7],
        Temperature = new Celsius(21.5),
        MaybeTemperature = new Celsius(-3),
        Location = new Point { X = 1, Y = 2 },
        MaybeLocation = new Point { X = 3 },
        Pair = new Pair("left", 2),
        Tree = Tree(),
        Tags = ["b", "a", ""],
        Grid = [[1, 2], [], [3]],
        Jagged = [[1, null, 3], []],
        WithNulls = ["x", null, "y"],
        Lazy = LazyStrings(),
        Points = [new Point { X = 5, Y = 6 }],
        Readings = new LinkedList<double>([1.5, -0.25]),
        Unique = [3, 1, 2],
        Nested = new Dictionary<string, IDictionary<string, int>>
        {
            ["outer-b"] = new Dictionary<string, int> { ["z"] = 26, ["a"] = 1 },
            ["outer-a"] = new Dictionary<string, int>(),
        },
        Labels = new Dictionary<string, string?> { ["b"] = "2", ["a"] = null, ["B"] = "upper" },
        ReadOnlyMap = new Dictionary<string, List<string>> { ["second"] = ["2"], ["first"] = ["1", "one"] },
        Sorted = new SortedDictionary<string, Point?>(StringComparer.OrdinalIgnoreCase) { ["b"] = new Point { X = 1 }, ["A"] = null },
        ByNumber = new Dictionary<int, string> { [2] = "two", [1] = "one" },
        Loose = new Dictionary<string, object?> { ["number"] = 1, ["text"] = "t", ["none"] = null, ["point"] = new Point { Y = 9 } },
        Anything = new Pair("runtime", 1),
        Node = JsonNode.Parse("""{"b": [1, "two", null, {"c": true}], "a": 1.5}"""),
        NodeObject = new JsonObject { ["k"] = "v" },
        NodeArray = [1, "x"],
        Element = JsonDocument.Parse("""{"e": [1, 2]}""").RootElement,
        Bytes = [1, 2, 3, 250],
        When = new DateTime(2024, 2, 29, 23, 59, 59, DateTimeKind.Utc),
        WhenOffset = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(2)),
        Id = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Duration = TimeSpan.FromMinutes(90),
        Link = new Uri("https://example.com/a?b=c"),
        Entry = new KeyValuePair<string, int>("key", 7),
        Port = "http",
        Memory = new ResourceQuantity("512Mi"),
        Secret = "hidden",
        AlsoSecret = "hidden too",
        AlwaysThere = null,
        AlwaysThereNumber = null,
        Maybe = "maybe",
        ZeroSkipped = 0,
        NonZeroKept = 5,
        DefaultPointSkipped = default,
        IncludedField = 11,
        PlainField = 12,
        PrivateGetter = "private",
#pragma warning disable CS0618 // the test sets an obsolete property on purpose: it is still serialized
        Old = "old",
#pragma warning restore CS0618
    };

    public static TreeNode Tree()
    {
        var root = new TreeNode { Name = "root" };
        var child = new TreeNode { Name = "child", Parent = root, Children = [new TreeNode { Name = "grandchild" }] };
        root.Children = [child, new TreeNode { Name = "second", Parent = root }];
        root.Next = new TreeNode { Name = "next" };
        return root;
    }

    public static DerivedThing Derived() => new() { BaseName = "base", Count = 3, Hidden = 7, Renamed = "renamed", Own = "own" };

    private static IEnumerable<string> LazyStrings()
    {
        yield return "lazy-1";
        yield return "lazy-2";
    }
}
