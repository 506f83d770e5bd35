using System;

namespace Manifests.Model;

/// <summary>A topology: one mesh declared in C#. The CLI and the build find it by <see cref="TopologyAttribute"/>.</summary>
public interface ITopology
{
    /// <summary>Declares the mesh. Called once per render; must not read files, the network or the clock.</summary>
    Mesh Declare();
}

/// <summary>Marks the class that declares a repository's topology; the class must implement <see cref="ITopology"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class TopologyAttribute : Attribute
{
}
