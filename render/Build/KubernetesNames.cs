using Manifests.Model;

namespace Manifests.Render.Build;

/// <summary>The spellings Kubernetes, Istio and ASM use for the model's enums.</summary>
internal static class KubernetesNames
{
    public static string Of(TransportProtocol protocol) => protocol switch
    {
        TransportProtocol.Tcp => "TCP",
        TransportProtocol.Udp => "UDP",
        TransportProtocol.Sctp => "SCTP",
        _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, null),
    };

    public static string Of(GatewayProtocol protocol) => protocol switch
    {
        GatewayProtocol.Http => "HTTP",
        GatewayProtocol.Https => "HTTPS",
        GatewayProtocol.Http2 => "HTTP2",
        GatewayProtocol.Grpc => "GRPC",
        GatewayProtocol.Tcp => "TCP",
        GatewayProtocol.Tls => "TLS",
        _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, null),
    };

    public static string Of(IstioApiVersion version) => version switch
    {
        IstioApiVersion.V1Alpha3 => "networking.istio.io/v1alpha3",
        IstioApiVersion.V1Beta1 => "networking.istio.io/v1beta1",
        IstioApiVersion.V1 => "networking.istio.io/v1",
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, null),
    };

    /// <summary>A host name for <paramref name="service"/> as seen from an object in <paramref name="fromNamespace"/>.</summary>
    public static string Host(Service service, string fromNamespace) =>
        service.Namespace == fromNamespace ? service.Name : $"{service.Name}.{service.Namespace}.svc.cluster.local";
}
