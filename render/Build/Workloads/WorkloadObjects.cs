using Manifests.Model;

namespace Manifests.Render.Build.Workloads;

/// <summary>A Namespace the target's other objects live in; made for them, so declared nowhere itself.</summary>
internal sealed record NamespaceObject(string Name) : PlacedObject(SourceLocation.None)
{
    /// <inheritdoc />
    public override string? Namespace => null;

    /// <inheritdoc />
    public override BuiltObject Build(Mesh mesh) => WorkloadBuilder.Namespace(Name);
}

/// <summary>The Kubernetes Service of <paramref name="Service"/>.</summary>
internal sealed record ServiceObject(Service Service) : PlacedObject(Service.Source)
{
    /// <inheritdoc />
    public override string? Namespace => Service.Namespace;

    /// <inheritdoc />
    public override BuiltObject Build(Mesh mesh) => WorkloadBuilder.Service(Service);
}

/// <summary>The ServiceAccount the service's workloads run as.</summary>
internal sealed record ServiceAccountObject(Service Service) : PlacedObject(Service.Source)
{
    /// <inheritdoc />
    public override string? Namespace => Service.Namespace;

    /// <inheritdoc />
    public override BuiltObject Build(Mesh mesh) => WorkloadBuilder.ServiceAccount(Service);
}

/// <summary>The Deployment of one version of a service, under the security policy in effect for the service.</summary>
internal sealed record DeploymentObject(Service Service, ServiceVersion Version) : PlacedObject(Version.Source)
{
    /// <inheritdoc />
    public override string? Namespace => Service.Namespace;

    /// <inheritdoc />
    public override BuiltObject Build(Mesh mesh) => WorkloadBuilder.Deployment(Service, Version, mesh.SecurityFor(Service));
}
