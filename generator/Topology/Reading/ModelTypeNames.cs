namespace Manifests.Generator.Topology.Reading;

/// <summary>The model types the reader recognises, by full name (the generator does not reference the model assembly).</summary>
internal static class ModelTypeNames
{
    private const string Namespace = "Manifests.Model.";

    public const string Mesh = Namespace + "Mesh";
    public const string Cluster = Namespace + "Cluster";
    public const string Service = Namespace + "Service";
    public const string ServicePort = Namespace + "ServicePort";
    public const string ServiceVersion = Namespace + "ServiceVersion";
    public const string EnvironmentVariable = Namespace + "EnvironmentVariable";
    public const string TrafficPolicy = Namespace + "TrafficPolicy";
    public const string VersionWeight = Namespace + "VersionWeight";
    public const string IngressGateway = Namespace + "IngressGateway";
    public const string GatewayPort = Namespace + "GatewayPort";
    public const string Gateway = Namespace + "Gateway";
    public const string GatewayServer = Namespace + "GatewayServer";
    public const string IngressRoute = Namespace + "IngressRoute";
    public const string HttpRoute = Namespace + "HttpRoute";
    public const string RouteDestination = Namespace + "RouteDestination";
}
