namespace Manifests.Model;

/// <summary>
/// The values the model gives what a declaration leaves out. The records' initializers use them, and so does the
/// source generator's syntax reader (which compiles the model as shared source), so the two cannot drift apart.
/// </summary>
public static class ModelDefaults
{
    /// <summary>The namespace of a service, gateway or route that names none.</summary>
    public const string Namespace = "default";

    /// <summary>The namespace of an ASM ingress gateway, the only one ASM accepts.</summary>
    public const string IngressGatewayNamespace = "istio-system";

    /// <summary>Pods per cluster of a version, and pods of an ingress gateway.</summary>
    public const int Replicas = 1;

    /// <summary>The host a gateway server or a route that names none accepts: any.</summary>
    public const string AnyHost = "*";

    /// <summary>The traffic policy of a service that sets none: <see cref="TrafficPolicy.Spread"/>, no routing objects.</summary>
    public static TrafficPolicy Traffic => TrafficPolicy.Spread;
}
