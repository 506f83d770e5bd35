namespace Manifests.Render.Deliver;

/// <summary>Where the output roots sit relative to each other on disk.</summary>
/// <param name="ManifestsFromKustomize">The hydrated output root as seen from the Kustomize root ('/'-separated), e.g. <c>../manifests-out</c>.</param>
public sealed record RenderLayout(string ManifestsFromKustomize)
{
    /// <summary>The repository layout: <c>kustomize/</c> beside <c>manifests-out/</c>.</summary>
    public static RenderLayout Default { get; } = new("../manifests-out");
}
