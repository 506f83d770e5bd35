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
