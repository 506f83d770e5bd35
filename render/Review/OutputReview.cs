namespace Manifests.Render.Review;

/// <summary>How an object differs between the committed output and a fresh render.</summary>
public enum ObjectChangeKind
{
    /// <summary>Only in the fresh render.</summary>
    Added,

    /// <summary>Only in the committed output.</summary>
    Removed,

    /// <summary>In both, with different fields.</summary>
    Changed,
}

/// <summary>Which object: its kind, namespace and name (for an object without a name, its file).</summary>
/// <param name="Kind">The object's kind, such as <c>Deployment</c>.</param>
/// <param name="Namespace">The namespace, or <see langword="null"/> for cluster-scoped objects.</param>
/// <param name="Name">The object's name.</param>
public sealed record ObjectKey(string Kind, string? Namespace, string Name)
{
    /// <summary>For example <c>Deployment default/reviews-v3</c>.</summary>
    public override string ToString() => Namespace is null ? $"{Kind} {Name}" : $"{Kind} {Namespace}/{Name}";
}

/// <summary>One field that differs; <see langword="null"/> on a side where the field is absent.</summary>
/// <param name="Path">The field's path, such as <c>spec.template.spec.containers[name=reviews].image</c>.</param>
/// <param name="Old">The committed value (masked for Secret data).</param>
/// <param name="New">The rendered value (masked for Secret data).</param>
public sealed record FieldChange(string Path, string? Old, string? New);

/// <summary>One object that differs.</summary>
/// <param name="Object">Which object.</param>
/// <param name="File">The file below the output root that holds it (the rendered one when both exist).</param>
/// <param name="Change">Added, removed or changed.</param>
/// <param name="Fields">The differing fields of a changed object; empty for added and removed ones.</param>
public sealed record ObjectChange(ObjectKey Object, string File, ObjectChangeKind Change, IReadOnlyList<FieldChange> Fields);

/// <summary>The differences in one target folder.</summary>
/// <param name="Target">The target's folder name.</param>
/// <param name="Changes">Every differing object, ordered by file then object.</param>
public sealed record TargetReview(string Target, IReadOnlyList<ObjectChange> Changes)
{
    /// <summary>Objects only in the fresh render.</summary>
    public int Added => Changes.Count(c => c.Change == ObjectChangeKind.Added);

    /// <summary>Objects only in the committed output.</summary>
    public int Removed => Changes.Count(c => c.Change == ObjectChangeKind.Removed);

    /// <summary>Objects in both with different fields.</summary>
    public int Changed => Changes.Count(c => c.Change == ObjectChangeKind.Changed);
}

/// <summary>A semantic diff of an output folder: every target of either side, in ordinal order.</summary>
/// <param name="Targets">One entry per target folder, including those without differences.</param>
public sealed record OutputReview(IReadOnlyList<TargetReview> Targets)
{
    /// <summary>True when any object differs.</summary>
    public bool HasChanges => Targets.Any(t => t.Changes.Count > 0);
}
