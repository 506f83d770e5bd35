using System.Reflection;
using System.Runtime.Loader;

namespace Manifests.Cli.Hosting;

/// <summary>
/// Loads a topology assembly with its own dependencies, but shares every assembly the CLI itself
/// ships (Manifests.Model above all), so the topology's <c>Mesh</c> is the CLI's <c>Mesh</c>.
/// </summary>
internal sealed class TopologyLoadContext(string assemblyPath) : AssemblyLoadContext(name: "topology", isCollectible: false)
{
    private readonly AssemblyDependencyResolver _resolver = new(assemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (File.Exists(Path.Combine(AppContext.BaseDirectory, assemblyName.Name + ".dll")))
        {
            return null;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
