namespace Manifests.Model;

/// <summary>The mesh control plane: where mesh objects are applied.</summary>
public sealed record ControlPlane
{
    /// <summary>The kubeconfig context of the control plane; defaults to <c>mesh</c>.</summary>
    public string Context { get; init; } = "mesh";

    /// <summary>The control plane's API server URL, for Argo CD destinations; <see langword="null"/> uses <see cref="Context"/> as the Argo CD cluster name.</summary>
    public string? ApiServer { get; init; }
}
