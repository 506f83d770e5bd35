using Manifests.Apply.Tests.Fake;

namespace Manifests.Apply.Tests;

/// <summary>
/// A Bookinfo-shaped world for one test: a copy of the fixture output, one fake API server per target
/// (m1c1, m1c2, mesh, and argocd when asked), and a kubeconfig with one context per target.
/// </summary>
public sealed class TestMesh : IAsyncDisposable
{
    private readonly List<FakeApiServer> servers = [];

    private TestMesh(string root)
    {
        Root = root;
        OutputRoot = Path.Combine(root, "manifests-out");
        CopyFolder(Path.Combine(AppContext.BaseDirectory, "Fixtures", "bookinfo"), OutputRoot);
    }

    /// <summary>The test's temporary folder.</summary>
    public string Root { get; }

    /// <summary>The rendered output folder (a copy; tests may change it).</summary>
    public string OutputRoot { get; }

    /// <summary>The kubeconfig path.</summary>
    public string Kubeconfig { get; private set; } = "";

    public FakeApiServer M1c1 => Server("m1c1");

    public FakeApiServer M1c2 => Server("m1c2");

    public FakeApiServer Mesh => Server("mesh");

    public FakeApiServer ArgoCd => Server("argocd");

    /// <summary>All servers that were started.</summary>
    public IReadOnlyList<FakeApiServer> Servers => servers;

    /// <summary>The targets the Bookinfo topology declares.</summary>
    public static IReadOnlyList<ApplyTarget> Targets { get; } =
    [
        new("m1c1", TargetKind.Cluster, "m1c1"),
        new("m1c2", TargetKind.Cluster, "m1c2"),
        new("mesh", TargetKind.Mesh, "mesh"),
    ];

    /// <summary>Starts the servers. <paramref name="meshKinds"/> replaces what the mesh serves; <paramref name="unreachable"/> names
    /// targets whose context points at a port where nothing listens.</summary>
    public static async Task<TestMesh> StartAsync(
        IReadOnlyList<ServedKind>? meshKinds = null,
        IReadOnlyList<string>? meshNamespaces = null,
        IReadOnlyList<string>? unreachable = null,
        bool withArgoCd = false)
    {
        var world = new TestMesh(Directory.CreateTempSubdirectory("manifests-apply-").FullName);
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in new[] { "m1c1", "m1c2" })
        {
            await world.AddAsync(urls, name, ServedKind.Cluster, null, unreachable);
        }

        await world.AddAsync(urls, "mesh", meshKinds ?? ServedKind.Mesh(), meshNamespaces, unreachable);
        if (withArgoCd)
        {
            await world.AddAsync(urls, "argocd", ServedKind.ArgoCd, ["default", "argocd"], unreachable);
        }

        world.Kubeconfig = KubeconfigFile.Write(world.Root, urls);
        return world;
    }

    /// <summary>A request with the test's kubeconfig, kubectl and a private discovery cache.</summary>
    public ApplyRequest Request() => new()
    {
        OutputRoot = OutputRoot,
        Targets = Targets,
        Kubeconfig = Kubeconfig,
        KubectlPath = ExternalTools.Kubectl ?? "kubectl",
        StepTimeout = TimeSpan.FromSeconds(60),
        // Ports are reused between tests, so kubectl's discovery cache must not outlive one.
        Environment = new Dictionary<string, string> { ["KUBECACHEDIR"] = Path.Combine(Root, "kube-cache") },
    };

    /// <summary>Runs the apply stage, collecting progress lines.</summary>
    public async Task<(ApplyReport Report, string Text, List<string> Progress)> ApplyAsync(ApplyRequest request)
    {
        var progress = new List<string>();
        var report = await ApplyStage.RunAsync(request, progress.Add);
        return (report, ApplyReportFormatter.Format(report), progress);
    }

    public string PathOf(string target, string file) => Path.Combine(OutputRoot, target, file);

    public async ValueTask DisposeAsync()
    {
        foreach (var server in servers)
        {
            await server.DisposeAsync();
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test over.
        }
    }

    private FakeApiServer Server(string name) => servers.Single(s => s.Name == name);

    private async Task AddAsync(
        Dictionary<string, string> urls, string name, IReadOnlyList<ServedKind> kinds, IReadOnlyList<string>? namespaces,
        IReadOnlyList<string>? unreachable)
    {
        if (unreachable?.Contains(name) == true)
        {
            // A port that was free a moment ago and has no listener: connections are refused, as with a cluster that is down.
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            urls[name] = $"http://127.0.0.1:{port}";
            return;
        }

        var server = await FakeApiServer.StartAsync(name, kinds, namespaces);
        servers.Add(server);
        urls[name] = server.Url;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
