using System.Net;
using System.Text;

namespace Manifests.Render.Review;

/// <summary>
/// Writes an <see cref="OutputReview"/> as Markdown to paste into a pull request comment: a summary table
/// with a row per target, then per target one collapsed <c>&lt;details&gt;</c> block per object, then the topology picture.
/// </summary>
public static class ReviewMarkdownWriter
{
    /// <summary>The Markdown; <paramref name="mermaid"/> (a flowchart without its fence) is embedded collapsed when given.</summary>
    public static string Write(OutputReview review, string? mermaid, string title = "Manifests: rendered output changes")
    {
        var text = new StringBuilder();
        text.Append("### ").Append(title).Append("\n\n");
        if (!review.HasChanges)
        {
            text.Append("No differences: the committed output is what a render produces.\n\n");
        }

        text.Append("| Target | Added | Removed | Changed |\n| --- | ---: | ---: | ---: |\n");
        foreach (var target in review.Targets)
        {
            text.Append("| `").Append(target.Target).Append("` | ").Append(target.Added).Append(" | ")
                .Append(target.Removed).Append(" | ").Append(target.Changed).Append(" |\n");
        }

        foreach (var target in review.Targets.Where(t => t.Changes.Count > 0))
        {
            text.Append("\n#### `").Append(target.Target).Append("`\n\n");
            foreach (var change in target.Changes)
            {
                AppendObject(text, change);
            }
        }

        if (mermaid is not null)
        {
            text.Append("\n<details><summary>Topology</summary>\n\n```mermaid\n").Append(mermaid.TrimEnd('\n')).Append("\n```\n\n</details>\n");
        }

        return text.ToString();
    }

    private static void AppendObject(StringBuilder text, ObjectChange change)
    {
        var what = change.Change switch
        {
            ObjectChangeKind.Added => "added",
            ObjectChangeKind.Removed => "removed",
            _ => change.Fields.Count == 1 ? "1 field" : $"{change.Fields.Count} fields",
        };
        text.Append("<details><summary><code>").Append(ReviewTextWriter.Sign(change.Change)).Append(' ')
            .Append(Html(change.Object.ToString())).Append("</code> ").Append(what).Append("</summary>\n\n");
        text.Append("File: `").Append(change.File).Append("`\n");
        if (change.Fields.Count > 0)
        {
            text.Append("\n| Field | Before | After |\n| --- | --- | --- |\n");
            foreach (var field in change.Fields)
            {
                text.Append("| ").Append(Code(field.Path)).Append(" | ").Append(Cell(field.Old)).Append(" | ").Append(Cell(field.New)).Append(" |\n");
            }
        }

        text.Append("\n</details>\n\n");
    }

    private static string Cell(string? value) => value is null ? "_absent_" : Code(value);

    // HTML code elements rather than backticks: values may hold backticks, pipes and newlines.
    private static string Code(string value) =>
        "<code>" + Html(value).Replace("|", "&#124;", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal) + "</code>";

    private static string Html(string value) => WebUtility.HtmlEncode(value);
}
