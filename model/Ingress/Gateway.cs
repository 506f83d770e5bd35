using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Manifests.Model;

/// <summary>An Istio <c>Gateway</c>: the ports and hosts an <see cref="Model.IngressGateway"/> accepts.</summary>
public sealed record Gateway
{
    /// <summary>Declares a gateway.</summary>
    /// <param name="name">A DNS-1123 label; routes name it in their <c>Gateways</c>.</param>
    /// <param name="file">Filled by the compiler.</param>
    /// <param name="line">Filled by the compiler.</param>
    public Gateway(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Name = name;
        Source = new SourceLocation(file, line);
    }

    /// <summary>The gateway name.</summary>
    public string Name { get; }

    /// <summary>Where the gateway was declared.</summary>
    public SourceLocation Source { get; init; }

    /// <summary>The namespace of the Gateway object.</summary>
    public string Namespace { get; init; } = ModelDefaults.Namespace;

    /// <summary>The name of the <see cref="Model.IngressGateway"/> whose pods serve it (selected by <c>istio: name</c>).</summary>
    public required string IngressGateway { get; init; }

    /// <summary>The servers: a port each, with the hosts it accepts.</summary>
    public required IReadOnlyList<GatewayServer> Servers { get; init; }
}

/// <summary>A server of a <see cref="Gateway"/>.</summary>
/// <param name="Port">The port number on the ingress gateway.</param>
/// <param name="PortName">The port name.</param>
/// <param name="Protocol">The protocol spoken on the port.</param>
public sealed record GatewayServer(int Port, string PortName, GatewayProtocol Protocol)
{
    /// <summary>The hosts accepted; <c>*</c> accepts any.</summary>
    public IReadOnlyList<string> Hosts { get; init; } = [ModelDefaults.AnyHost];
}

/// <summary>A protocol of an Istio Gateway server.</summary>
public enum GatewayProtocol
{
    /// <summary>HTTP.</summary>
    Http,

    /// <summary>HTTPS.</summary>
    Https,

    /// <summary>HTTP/2.</summary>
    Http2,

    /// <summary>gRPC.</summary>
    Grpc,

    /// <summary>Plain TCP.</summary>
    Tcp,

    /// <summary>TLS.</summary>
    Tls,
}
