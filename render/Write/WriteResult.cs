namespace Manifests.Render.Write;

/// <summary>What a write did to an output root.</summary>
/// <param name="Root">The output root.</param>
/// <param name="Written">Files created or changed.</param>
/// <param name="Removed">Files written earlier that are no longer produced.</param>
/// <param name="Unchanged">How many files were already current.</param>
/// <param name="Conflicts">User files in the way of generated ones; when any, nothing was written.</param>
public sealed record WriteResult(
    string Root,
    IReadOnlyList<string> Written,
    IReadOnlyList<string> Removed,
    int Unchanged,
    IReadOnlyList<string> Conflicts)
{
    /// <summary>True when the folder already held exactly the rendered files.</summary>
    public bool NothingChanged => Written.Count == 0 && Removed.Count == 0 && Conflicts.Count == 0;
}
