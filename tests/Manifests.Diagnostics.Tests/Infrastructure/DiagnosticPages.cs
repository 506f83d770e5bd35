using System.Text.RegularExpressions;

namespace Manifests.Diagnostics.Tests.Infrastructure;

/// <summary>The wrong and right snippets of a page under <c>docs/diagnostics/</c>, so the docs are checked by the tests.</summary>
internal static partial class DiagnosticPages
{
    public static string PagePath(string id) => Path.Combine("docs", "diagnostics", id + ".md");

    public static string Wrong(string id) => Snippet(id, "Wrong");

    public static string Right(string id) => Snippet(id, "Right");

    private static string Snippet(string id, string heading)
    {
        var page = RepositoryFiles.Read(PagePath(id)).ReplaceLineEndings("\n");
        var match = Regex.Match(page, "^## " + heading + "\n\n```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline | RegexOptions.Multiline);
        Assert.True(match.Success, $"{PagePath(id)} has no '## {heading}' section with a csharp block.");
        return match.Groups["code"].Value;
    }
}
