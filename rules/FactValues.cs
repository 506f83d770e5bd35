using System;
using System.Collections.Generic;
using Manifests.Model;

namespace Manifests.Rules;

/// <summary>
/// What the render's reading of facts from real values shares across capabilities (each capability's facts read
/// themselves with a <c>From</c> method beside their records). Lists are arrays of the exact size: this runs over
/// every service and version of the mesh on each render.
/// </summary>
internal static class FactValues
{
    public static FactLocation At(SourceLocation source) =>
        source.IsKnown ? new FactLocation(source.FilePath, source.Line) : FactLocation.None;

    public static NameReference[] References(IReadOnlyList<string> names, FactLocation at)
    {
        var references = New<NameReference>(names.Count);
        for (var i = 0; i < references.Length; i++)
        {
            references[i] = new NameReference(names[i], at);
        }

        return references;
    }

    public static TOut[] Map<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> read)
    {
        var facts = New<TOut>(items.Count);
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = read(items[i]);
        }

        return facts;
    }

    public static T[] New<T>(int count) => count == 0 ? Array.Empty<T>() : new T[count];
}

/// <summary>
/// The location of the last declaration of one kind, given again to the next one written at the same place:
/// a mesh built in a loop declares thousands of services, or versions, at one file and line.
/// </summary>
internal sealed class SharedLocation
{
    private FactLocation? last;

    public FactLocation At(SourceLocation source)
    {
        if (last is { } known && known.Line == source.Line && string.Equals(known.FilePath, source.FilePath, StringComparison.Ordinal))
        {
            return known;
        }

        var at = FactValues.At(source);
        last = source.IsKnown ? at : last;
        return at;
    }
}
