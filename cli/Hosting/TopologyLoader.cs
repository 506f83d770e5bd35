using System.Reflection;
using Manifests.Model;

namespace Manifests.Cli.Hosting;

/// <summary>A topology found in an assembly, ready to declare its mesh.</summary>
/// <param name="Name">The topology class's full name, written into every file header.</param>
/// <param name="Topology">The instance.</param>
internal sealed record LoadedTopology(string Name, ITopology Topology);

/// <summary>Finds the one <see cref="TopologyAttribute"/> class in a built topology assembly.</summary>
internal static class TopologyLoader
{
    /// <summary>Loads the topology, or returns a message that says what is wrong and how to fix it.</summary>
    public static (LoadedTopology? Topology, CommandError? Error) Load(string assemblyPath)
    {
        if (!File.Exists(assemblyPath))
        {
            return (null, new($"Topology assembly '{assemblyPath}' does not exist. Build the topology project first (dotnet build).", ExitCodes.Environment));
        }

        var context = new TopologyLoadContext(Path.GetFullPath(assemblyPath));
        Assembly assembly;
        try
        {
            assembly = context.LoadFromAssemblyPath(Path.GetFullPath(assemblyPath));
        }
        catch (BadImageFormatException)
        {
            return (null, new($"'{assemblyPath}' is not a .NET assembly. Point --topology at the topology project's built .dll.", ExitCodes.Usage));
        }

        var candidates = assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<TopologyAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
        if (candidates.Count != 1)
        {
            var found = candidates.Count == 0 ? "no class" : string.Join(", ", candidates.Select(c => c.FullName));
            return (null, new($"'{assemblyPath}' must hold exactly one class marked [Topology]; found {found}.", ExitCodes.Findings));
        }

        var type = candidates[0];
        if (!typeof(ITopology).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null)
        {
            return (null, new($"{type.FullName} is marked [Topology] but must implement ITopology and have a public parameterless constructor.", ExitCodes.Findings));
        }

        return (new LoadedTopology(type.FullName!, (ITopology)Activator.CreateInstance(type)!), null);
    }
}
