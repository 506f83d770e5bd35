using Manifests.Model;

namespace Manifests.Render.Build;

/// <summary>
/// A decision of placement: one object to build for one target, with the declarations it comes from. Each
/// capability's records build themselves, so no central switch can forget a kind.
/// </summary>
/// <param name="Source">
/// The declaration the object comes from, where a problem found in its file is reported; a base constructor
/// argument, so no kind can leave it out.
/// </param>
internal abstract record PlacedObject(SourceLocation Source)
{
    /// <summary>The namespace the object lives in; <see langword="null"/> for a cluster-scoped object.</summary>
    public abstract string? Namespace { get; }

    /// <summary>The object, built with what the mesh declares for every object (API versions, security policies, gateways).</summary>
    public abstract BuiltObject Build(Mesh mesh);
}
