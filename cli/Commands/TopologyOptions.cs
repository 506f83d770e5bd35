using System.CommandLine;

namespace Manifests.Cli.Commands;

/// <summary>The options every command that needs the topology shares.</summary>
internal static class TopologyOptions
{
    public static Option<string?> Topology() => new("--topology")
    {
        Description = "The topology project (.csproj) or its built assembly (.dll); default: manifests.json's \"topology\".",
    };

    public static Option<bool> NoBuild() => new("--no-build")
    {
        Description = "Use the topology project's last build instead of building it first.",
    };
}
