namespace Manifests.Model;

/// <summary>
/// Where a declaration was written (filled by caller-info attributes), so that a mistake found
/// at render time can be reported at the C# line that made it.
/// </summary>
/// <param name="FilePath">The source file, as the compiler saw it.</param>
/// <param name="Line">The 1-based line of the declaration.</param>
public readonly record struct SourceLocation(string FilePath, int Line)
{
    /// <summary>No known location (a value built by code, not by a declaration).</summary>
    public static SourceLocation None => default;

    /// <summary>True when a file is known.</summary>
    public bool IsKnown => !string.IsNullOrEmpty(FilePath);

    /// <inheritdoc />
    public override string ToString() => IsKnown ? $"{FilePath}({Line})" : "<unknown>";
}
