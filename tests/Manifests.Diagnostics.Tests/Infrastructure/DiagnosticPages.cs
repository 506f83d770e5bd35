using System.Text.RegularExpressions;

namespace Manifests.Diagnostics.Tests.Infrastructure;

/// <summary>Where a rule is reported, as its page's <c>Reported by:</c> line says (docs/diagnostics/README.md).</summary>
internal enum RuleReach
{
    /// <summary><c>Reported by: editor and render</c>: the generator on syntax, and the render on values.</summary>
    EditorAndRender,

    /// <summary><c>Reported by: render</c>: the render only; the generator cannot see it in the syntax.</summary>
    Render,

    /// <summary><c>Reported by: validator only</c>: no topology reaches it; the validator of rendered files reports it.</summary>
    ValidatorOnly,
}

/// <summary>The wrong and right snippets of a page under <c>docs/diagnostics/</c>, so the docs are checked by the tests.</summary>
internal static partial class DiagnosticPages
{
    public static string PagePath(string id) => Path.Combine("docs", "diagnostics", id + ".md");

    /// <summary>The wrong C# snippet (every reach but <see cref="RuleReach.ValidatorOnly"/>).</summary>
    public static string Wrong(string id) => Snippet(id, "Wrong", "csharp");

    /// <summary>The wrong rendered file of a <see cref="RuleReach.ValidatorOnly"/> rule, which no C# can produce.</summary>
    public static string WrongYaml(string id) => Snippet(id, "Wrong", "yaml");

    public static string Right(string id) => Snippet(id, "Right", "csharp");

    /// <summary>The page's one <c>Reported by:</c> line.</summary>
    public static RuleReach Reach(string id)
    {
        var page = RepositoryPaths.Read(PagePath(id)).ReplaceLineEndings("\n");
        var lines = Regex.Matches(page, "^Reported by: (?<reach>.*)$", RegexOptions.Multiline);
        Assert.True(lines.Count == 1, $"{PagePath(id)} must have exactly one 'Reported by:' line, has {lines.Count}.");
        return lines[0].Groups["reach"].Value switch
        {
            "editor and render" => RuleReach.EditorAndRender,
            "render" => RuleReach.Render,
            "validator only" => RuleReach.ValidatorOnly,
            var other => throw new InvalidOperationException($"{PagePath(id)}: 'Reported by: {other}' is none of 'editor and render', 'render', 'validator only'."),
        };
    }

    /// <summary>
    /// The page's <c>Editor span: `text`</c> line (with <c>(occurrence N)</c> when the text is written more than once
    /// before it): the C# the generator reports the wrong snippet at. Null when the page has none.
    /// </summary>
    public static (string Text, int Occurrence)? EditorSpan(string id)
    {
        var page = RepositoryPaths.Read(PagePath(id)).ReplaceLineEndings("\n");
        var lines = Regex.Matches(page, "^Editor span: `(?<text>.+)`(?: \\(occurrence (?<n>[0-9]+)\\))?$", RegexOptions.Multiline);
        Assert.True(lines.Count <= 1, $"{PagePath(id)} has {lines.Count} 'Editor span:' lines; one at most.");
        return lines.Count == 0
            ? null
            : (lines[0].Groups["text"].Value, lines[0].Groups["n"].Success ? int.Parse(lines[0].Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1);
    }

    /// <summary>
    /// The objects of the page's <c>## Renders</c> section (a yaml block of one or more documents): what the right
    /// snippet must render, written from the upstream document the section names. Null when the page has none.
    /// </summary>
    public static string? Renders(string id)
    {
        var page = RepositoryPaths.Read(PagePath(id)).ReplaceLineEndings("\n");
        var match = Regex.Match(page, "^## Renders\n.*?```yaml\n(?<code>.*?)\n```", RegexOptions.Singleline | RegexOptions.Multiline);
        return match.Success ? match.Groups["code"].Value : null;
    }

    /// <summary>The ids of every rule whose page says <paramref name="reach"/>.</summary>
    public static IReadOnlyList<string> IdList(RuleReach reach) =>
        [.. Manifests.Rules.RuleDescriptors.All.Select(r => r.Id).Where(id => Reach(id) == reach)];

    /// <summary>The same, as theory data.</summary>
    public static TheoryData<string> Ids(RuleReach reach) => [.. IdList(reach)];

    private static string Snippet(string id, string heading, string language)
    {
        var page = RepositoryPaths.Read(PagePath(id)).ReplaceLineEndings("\n");
        var match = Regex.Match(page, "^## " + heading + "\n\n```" + language + "\n(?<code>.*?)\n```", RegexOptions.Singleline | RegexOptions.Multiline);
        Assert.True(match.Success, $"{PagePath(id)} has no '## {heading}' section with a {language} block.");
        return match.Groups["code"].Value;
    }
}
