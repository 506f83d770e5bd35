using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Manifests.Render.Validate;

/// <summary>
/// A schema's <c>pattern</c>, compiled the first time a value is checked against it (most patterns of a CRD are
/// never reached by what we render) and shared by every schema that spells it the same way.
/// </summary>
internal sealed class SchemaPattern(string pattern)
{
    private static readonly ConcurrentDictionary<string, Lazy<Regex>> Compiled = new(StringComparer.Ordinal);

    private Regex? _regex;

    /// <summary>The pattern as the CRD writes it.</summary>
    public string Text { get; } = pattern;

    /// <summary>True when the pattern occurs in <paramref name="value"/> (JSON Schema patterns are not anchored).</summary>
    public bool IsMatch(ReadOnlySpan<char> value) => (_regex ??= Compiled.GetOrAdd(Text, Create).Value).IsMatch(value);

    // ECMAScript semantics (\d is [0-9], \w is ASCII), as JsonSchema.Net and JSON Schema mean them; compiled to IL,
    // because a pattern that is reached at all is reached once per rendered object.
    private static Lazy<Regex> Create(string pattern) =>
        new(() => new Regex(pattern, RegexOptions.ECMAScript | RegexOptions.Compiled), LazyThreadSafetyMode.ExecutionAndPublication);
}
