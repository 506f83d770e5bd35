using System.Text;

namespace Manifests.Render.Review;

/// <summary>Writes an <see cref="OutputReview"/> for a terminal: a line per target, a line per object, a line per field.</summary>
public static class ReviewTextWriter
{
    /// <summary>The text, LF line endings.</summary>
    public static string Write(OutputReview review)
    {
        var text = new StringBuilder();
        foreach (var target in review.Targets)
        {
            text.Append(target.Target).Append(": ").Append(target.Added).Append(" added, ")
                .Append(target.Removed).Append(" removed, ").Append(target.Changed).Append(" changed\n");
            foreach (var change in target.Changes)
            {
                text.Append("  ").Append(Sign(change.Change)).Append(' ').Append(change.Object).Append(" (").Append(change.File).Append(")\n");
                foreach (var field in change.Fields)
                {
                    text.Append("      ").Append(field.Path).Append(": ")
                        .Append(Value(field.Old)).Append(" -> ").Append(Value(field.New)).Append('\n');
                }
            }
        }

        if (!review.HasChanges)
        {
            text.Append("No differences: the committed output is what a render produces.\n");
        }

        return text.ToString();
    }

    internal static char Sign(ObjectChangeKind change) => change switch
    {
        ObjectChangeKind.Added => '+',
        ObjectChangeKind.Removed => '-',
        _ => '~',
    };

    private static string Value(string? value) => value is null ? "(absent)" : value.Replace("\n", "\\n", StringComparison.Ordinal);
}
