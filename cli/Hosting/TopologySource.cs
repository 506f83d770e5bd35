namespace Manifests.Cli.Hosting;

/// <summary>Where the topology and output folders come from: options first, then <c>manifests.json</c>.</summary>
internal sealed record TopologySource(LoadedTopology Topology, string OutputPath, string KustomizePath)
{
    /// <summary>How the two output roots sit relative to each other, for the overlays' base paths.</summary>
    public Manifests.Render.Deliver.RenderLayout Layout =>
        new(Path.GetRelativePath(KustomizePath, OutputPath).Replace(Path.DirectorySeparatorChar, '/'));

    /// <summary>Resolves <paramref name="topologyOption"/> (a .dll or a .csproj) or the settings file, loads the topology.</summary>
    public static (TopologySource? Source, string? Error) Resolve(string? topologyOption, string? outputOption, string? kustomizeOption, bool build, TextWriter log)
    {
        ProjectSettings? settings = null;
        var topologyPath = topologyOption;
        if (topologyPath is null)
        {
            (settings, var error) = ProjectSettings.Find(Directory.GetCurrentDirectory());
            if (settings is null)
            {
                return (null, error);
            }

            topologyPath = settings.TopologyProject;
        }

        var assemblyPath = Path.GetFullPath(topologyPath);
        if (topologyPath.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
        {
            (var built, var error) = TopologyProjectBuilder.Build(assemblyPath, build, log);
            if (built is null)
            {
                return (null, error);
            }

            assemblyPath = built;
        }

        var (topology, loadError) = TopologyLoader.Load(assemblyPath);
        if (topology is null)
        {
            return (null, loadError);
        }

        var output = outputOption ?? settings?.OutputPath ?? Path.Combine(Directory.GetCurrentDirectory(), "manifests-out");
        var kustomize = kustomizeOption ?? (outputOption is null ? settings?.KustomizePath : null) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, "kustomize");
        return (new TopologySource(topology, Path.GetFullPath(output), Path.GetFullPath(kustomize)), null);
    }
}
