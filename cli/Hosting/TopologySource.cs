namespace Manifests.Cli.Hosting;

/// <summary>Where the topology and output folders come from: options first, then <c>manifests.json</c>.</summary>
/// <remarks>
/// <see cref="KustomizePath"/> is null when only <c>--out</c> was given: the overlays are then not written,
/// so that a render into a scratch folder never writes beside it.
/// </remarks>
internal sealed record TopologySource(LoadedTopology Topology, string OutputPath, string? KustomizePath)
{
    /// <summary>How the two output roots sit relative to each other, for the overlays' base paths.</summary>
    public Manifests.Render.Deliver.RenderLayout Layout => KustomizePath is null
        ? Manifests.Render.Deliver.RenderLayout.Default
        : new(Path.GetRelativePath(KustomizePath, OutputPath).Replace(Path.DirectorySeparatorChar, '/'));

    /// <summary>Resolves <paramref name="topologyOption"/> (a .dll or a .csproj) or the settings file, loads the topology.</summary>
    public static (TopologySource? Source, CommandError? Error) Resolve(string? topologyOption, string? outputOption, string? kustomizeOption, bool build, TextWriter log)
    {
        ProjectSettings? settings = null;
        var topologyPath = topologyOption;
        if (topologyPath is null)
        {
            (settings, var error) = ProjectSettings.Find(Directory.GetCurrentDirectory());
            if (settings is null)
            {
                return (null, new(error!, ExitCodes.Environment));
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
        var kustomize = kustomizeOption ?? (outputOption is null ? settings?.KustomizePath : null);
        return (new TopologySource(topology, Path.GetFullPath(output), kustomize is null ? null : Path.GetFullPath(kustomize)), null);
    }
}
