namespace Manifests.Apply;

/// <summary>One object found in a rendered folder: just what ordering and preflight need.</summary>
/// <param name="File">The file's full path.</param>
/// <param name="ApiVersion">e.g. <c>networking.istio.io/v1</c>.</param>
/// <param name="Kind">e.g. <c>DestinationRule</c>.</param>
/// <param name="Namespace">The namespace written in the file, or <see langword="null"/>.</param>
/// <param name="Name">The object name.</param>
/// <param name="Host">For a DestinationRule, its <c>spec.host</c>.</param>
/// <param name="Subsets">For a DestinationRule, its subset names.</param>
/// <param name="SubsetRoutes">For a VirtualService, the (host, subset) pairs its routes name.</param>
public sealed record RenderedObject(
    string File,
    string ApiVersion,
    string Kind,
    string? Namespace,
    string Name,
    string? Host,
    IReadOnlyList<string> Subsets,
    IReadOnlyList<SubsetRoute> SubsetRoutes)
{
    /// <summary>For an ApplicationSet with list generators, the names of the Applications it makes.</summary>
    public IReadOnlyList<string> GeneratedApplications { get; init; } = [];

    /// <summary>The API group ("" for the core group).</summary>
    public string Group => ApiVersion.Contains('/') ? ApiVersion[..ApiVersion.IndexOf('/')] : "";

    /// <summary>The namespace kubectl will use: the file's, or <c>default</c>.</summary>
    public string EffectiveNamespace => Namespace ?? "default";

    /// <summary>Whether this is an Istio DestinationRule.</summary>
    public bool IsDestinationRule => Kind == "DestinationRule" && Group == "networking.istio.io";

    /// <summary>Whether this is an Istio VirtualService.</summary>
    public bool IsVirtualService => Kind == "VirtualService" && Group == "networking.istio.io";
}

/// <summary>A route destination that names a subset.</summary>
/// <param name="Host">The destination host as written.</param>
/// <param name="Subset">The subset name.</param>
public sealed record SubsetRoute(string Host, string Subset);

/// <summary>A rendered target folder read from disk.</summary>
/// <param name="Name">The target name (the folder name).</param>
/// <param name="Folder">The folder's full path.</param>
/// <param name="Objects">Its objects, in file path order (ordinal).</param>
public sealed record RenderedTarget(string Name, string Folder, IReadOnlyList<RenderedObject> Objects);

/// <summary>A DestinationRule as the live server has it.</summary>
/// <param name="Namespace">Its namespace.</param>
/// <param name="Name">Its name.</param>
/// <param name="Subsets">Its subset names.</param>
public sealed record LiveDestinationRule(string Namespace, string Name, IReadOnlyList<string> Subsets)
{
    /// <summary>Each live subset as the server returned it (JSON), by name; kept while routes move off it.</summary>
    public IReadOnlyDictionary<string, string> SubsetJson { get; init; } = new Dictionary<string, string>();
}
