using System.Collections.Concurrent;

namespace Manifests.Render.Validate;

/// <summary>
/// The CRDs the product ships (embedded from <c>crds/</c>). A served version's <c>openAPIV3Schema</c> is read and
/// compiled the first time an object of that kind and version is checked (or prefetched), and only that version.
/// </summary>
internal sealed class CrdCatalog
{
    /// <summary>Which shipped file defines which group and kind.</summary>
    public static readonly IReadOnlyDictionary<(string Group, string Kind), string> Files = new Dictionary<(string, string), string>
    {
        [("networking.istio.io", "Gateway")] = "crds/istio/gateways.networking.istio.io.yaml",
        [("networking.istio.io", "VirtualService")] = "crds/istio/virtualservices.networking.istio.io.yaml",
        [("networking.istio.io", "DestinationRule")] = "crds/istio/destinationrules.networking.istio.io.yaml",
        [("networking.istio.io", "ServiceEntry")] = "crds/istio/serviceentries.networking.istio.io.yaml",
        [("argoproj.io", "Application")] = "crds/argocd/application-crd.yaml",
        [("argoproj.io", "ApplicationSet")] = "crds/argocd/applicationset-crd.yaml",
        [("argoproj.io", "AppProject")] = "crds/argocd/appproject-crd.yaml",
        [("istio.alibabacloud.com", "IstioGateway")] = "crds/alibabacloud/istiogateways.istio.alibabacloud.com.yaml",
    };

    private readonly ConcurrentDictionary<(string Group, string Kind), Lazy<IReadOnlyList<string>>> _served = new();
    private readonly ConcurrentDictionary<(string Group, string Version, string Kind), Lazy<CrdSchema?>> _schemas = new();

    /// <summary>
    /// The catalog every validator shares. What it holds is read from the assembly and never changes, and a schema
    /// is worth compiling once per process, whichever validator (or warm-up) asks first.
    /// </summary>
    public static CrdCatalog Shipped { get; } = new();

    /// <summary>True when a CRD for the group and kind ships with the product.</summary>
    public static bool Knows(string group, string kind) => Files.ContainsKey((group, kind));

    /// <summary>
    /// Reads and compiles the schema of one kind and version on the thread pool, so that the first object of that
    /// kind does not wait for it: call it as soon as the kinds a render will emit are known.
    /// </summary>
    public static Task Prefetch(string group, string version, string kind) =>
        Knows(group, kind) ? Task.Run(() => Shipped.Find(group, version, kind)) : Task.CompletedTask;

    /// <summary>The schema of one served version, or null when the CRD does not serve it.</summary>
    public CrdSchema? Find(string group, string version, string kind) =>
        _schemas.GetOrAdd((group, version, kind), key => new Lazy<CrdSchema?>(() => Load(key.Group, key.Version, key.Kind))).Value;

    /// <summary>The versions a shipped CRD serves, for messages.</summary>
    public IEnumerable<string> Versions(string group, string kind) =>
        _served.GetOrAdd((group, kind), key => new Lazy<IReadOnlyList<string>>(() => Open(Files[key], _ => false).Served)).Value.Order(StringComparer.Ordinal);

    /// <summary>Reads a shipped CRD: group, kind and the compiled schema of every served version.</summary>
    public static (string Group, string Kind, IReadOnlyDictionary<string, CrdSchema> Versions) Read(string resourceName)
    {
        var crd = Open(resourceName, _ => true);
        var versions = new SortedDictionary<string, CrdSchema>(StringComparer.Ordinal);
        foreach (var (version, document) in crd.Schemas)
        {
            using (document)
            {
                versions[version] = new CrdSchema(crd.Group, version, crd.Kind, document.RootElement);
            }
        }

        return (crd.Group, crd.Kind, versions);
    }

    private CrdSchema? Load(string group, string version, string kind)
    {
        var crd = Open(Files[(group, kind)], v => v == version);
        _served.TryAdd((group, kind), new Lazy<IReadOnlyList<string>>(crd.Served));
        if (!crd.Schemas.TryGetValue(version, out var document))
        {
            return null;
        }

        using (document)
        {
            return new CrdSchema(group, version, kind, document.RootElement);
        }
    }

    private static CrdReader.Result Open(string resourceName, Func<string, bool> wanted)
    {
        using var stream = typeof(CrdCatalog).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The CRD {resourceName} is not embedded in the render assembly.");
        using var reader = new StreamReader(stream);
        try
        {
            return CrdReader.Read(reader, wanted);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidOperationException($"The shipped CRD {resourceName} cannot be read: {e.Message}", e);
        }
    }
}
