namespace Manifests.Generator;

/// <summary>
/// Names of every generator's incremental steps, grouped by generator, so tests can check which steps ran again
/// and that no step output holds a symbol, syntax node or compilation.
/// </summary>
internal static class TrackingNames
{
    /// <summary>Steps of <see cref="Manifests.Generator.Crds.CrdGenerator"/>.</summary>
    public static class Crds
    {
        /// <summary>Reads the root namespace from the <c>ManifestsCrdNamespace</c> MSBuild property.</summary>
        public const string CrdRootNamespace = nameof(CrdRootNamespace);

        /// <summary>Looks for KubernetesClient in the compilation.</summary>
        public const string KubernetesClientPresence = nameof(KubernetesClientPresence);

        /// <summary>The root namespace and KubernetesClient presence together.</summary>
        public const string CrdGenerationSettings = nameof(CrdGenerationSettings);

        /// <summary>Parses one YAML file into CRD specs (one item per file).</summary>
        public const string CrdFileParse = nameof(CrdFileParse);

        /// <summary>Writes one file's C# sources from its specs (one item per file).</summary>
        public const string CrdFileEmit = nameof(CrdFileEmit);

        /// <summary>The generated type names claimed by more than one file, and which file keeps each.</summary>
        public const string ContestedCrdTypes = nameof(ContestedCrdTypes);

        /// <summary>Whether any file holds a CRD, to report a missing KubernetesClient once.</summary>
        public const string AnyCrdPresent = nameof(AnyCrdPresent);
    }

    /// <summary>Steps of <see cref="Manifests.Generator.Topology.TopologyDiagnosticsGenerator"/>.</summary>
    public static class Topology
    {
        /// <summary>Reads one <c>[Topology]</c> class into its rule findings and declared names.</summary>
        public const string Topologies = "Topology.Topologies";
    }

    /// <summary>Steps of <see cref="Manifests.Generator.Writers.ObjectWriterGenerator"/>.</summary>
    public static class ObjectWriters
    {
        /// <summary>Reads one <c>[ObjectWriters]</c> class and the types reachable from its roots into a spec.</summary>
        public const string ObjectWritersParse = nameof(ObjectWritersParse);

        /// <summary>Writes the class's C# from its spec.</summary>
        public const string ObjectWritersEmit = nameof(ObjectWritersEmit);
    }
}
