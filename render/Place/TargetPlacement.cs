using Manifests.Render.Build;

namespace Manifests.Render.Place;

/// <summary>Everything placed in one target.</summary>
/// <param name="Target">The target.</param>
/// <param name="Objects">What it receives, namespaces first.</param>
internal sealed record TargetPlacement(Target Target, IReadOnlyList<PlacedObject> Objects);
