namespace Manifests.Generator;

/// <summary>Names of the incremental steps, so tests can check which of them ran again.</summary>
public static class TrackingNames
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
