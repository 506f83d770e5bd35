namespace Manifests.Rules;

// The facts the topology rules read, one file per capability. The render fills them from the real Mesh value;
// the source generator fills them from syntax, leaving null what the syntax does not show. A rule whose input
// is null stays silent, so the same code serves both without guessing.
// This folder compiles into the netstandard2.0 generator too: plain C#, no newer BCL APIs.

/// <summary>A place in the user's C#: a file and line, plus a span where the generator knows it.</summary>
public sealed record FactLocation(string FilePath, int Line, int Column = 1, int Start = -1, int Length = 0)
{
    /// <summary>No known place.</summary>
    public static readonly FactLocation None = new FactLocation("", 0);
}

/// <summary>
/// A value and where a finding about it is reported: where the value is written when the generator sees it,
/// else the declaration that holds it.
/// </summary>
/// <typeparam name="T">The value's type; nullable where the value may be unknown.</typeparam>
internal readonly record struct Located<T>(T Value, FactLocation Location);

/// <summary>A name that refers to another declaration, where it was written.</summary>
internal sealed record NameReference(string? Name, FactLocation Location);
