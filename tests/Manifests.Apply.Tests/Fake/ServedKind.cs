namespace Manifests.Apply.Tests.Fake;

/// <summary>A kind the fake API server serves.</summary>
public sealed record ServedKind(string Group, string Version, string Kind, string Plural, bool Namespaced)
{
    public string GroupVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>The discovery path of its group version, e.g. <c>/apis/apps/v1</c>.</summary>
    public string DiscoveryPath => Group.Length == 0 ? $"/api/{Version}" : $"/apis/{Group}/{Version}";

    /// <summary>The OpenAPI v3 path key, e.g. <c>apis/apps/v1</c>.</summary>
    public string OpenApiKey => DiscoveryPath.TrimStart('/');

    public static readonly ServedKind Namespace = new("", "v1", "Namespace", "namespaces", false);
    public static readonly ServedKind Service = new("", "v1", "Service", "services", true);
    public static readonly ServedKind ServiceAccount = new("", "v1", "ServiceAccount", "serviceaccounts", true);
    public static readonly ServedKind ConfigMap = new("", "v1", "ConfigMap", "configmaps", true);
    public static readonly ServedKind Secret = new("", "v1", "Secret", "secrets", true);
    public static readonly ServedKind Deployment = new("apps", "v1", "Deployment", "deployments", true);
    public static readonly ServedKind IstioGateway = new("istio.alibabacloud.com", "v1beta1", "IstioGateway", "istiogateways", true);

    public static ServedKind Istio(string version, string kind) =>
        new("networking.istio.io", version, kind, kind.ToLowerInvariant() + "s", true);

    public static ServedKind Argo(string kind, string plural) => new("argoproj.io", "v1alpha1", kind, plural, true);

    /// <summary>What a data-plane cluster serves.</summary>
    public static IReadOnlyList<ServedKind> Cluster { get; } = [Namespace, Service, ServiceAccount, ConfigMap, Secret, Deployment];

    /// <summary>What an ASM control plane serves, with the Istio networking API in <paramref name="istioVersion"/>.</summary>
    public static IReadOnlyList<ServedKind> Mesh(string istioVersion = "v1", bool withIstioGateway = true) =>
    [
        Namespace, ConfigMap, Secret,
        Istio(istioVersion, "Gateway"), Istio(istioVersion, "VirtualService"), Istio(istioVersion, "DestinationRule"),
        .. withIstioGateway ? new[] { IstioGateway } : [],
    ];

    /// <summary>What a cluster running Argo CD serves.</summary>
    public static IReadOnlyList<ServedKind> ArgoCd { get; } =
    [
        Namespace, ConfigMap, Secret,
        Argo("Application", "applications"), Argo("ApplicationSet", "applicationsets"), Argo("AppProject", "appprojects"),
    ];
}

/// <summary>One request as it reached a fake API server.</summary>
/// <param name="Sequence">Arrival order across every fake server in the process, to compare targets.</param>
public sealed record RecordedRequest(
    long Sequence,
    string Method, string Path, string Query, string? ContentType, string? FieldManager, string? DryRun, string Body);

/// <summary>A write as "kind namespace/name" for readable assertions.</summary>
public static class RecordedRequestExtensions
{
    /// <summary>e.g. <c>PATCH destinationrules default/reviews</c>.</summary>
    public static string Describe(this RecordedRequest r)
    {
        var segments = r.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var ns = Array.IndexOf(segments, "namespaces") is var i and >= 0 && i + 2 < segments.Length ? segments[i + 1] : "";
        return $"{r.Method} {segments[^2]} {(ns.Length > 0 ? ns + "/" : "")}{segments[^1]}";
    }
}
