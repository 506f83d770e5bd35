using System.Globalization;
using System.Text;

namespace Manifests.Apply;

/// <summary>Turns an <see cref="ApplyReport"/> into text for people: problems, a per-target table, a summary and a next step.</summary>
public static class ApplyReportFormatter
{
    /// <summary>Formats the report.</summary>
    public static string Format(ApplyReport report)
    {
        var text = new StringBuilder();
        if (report.Problems.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{report.Problems.Count} problem(s); nothing was applied:");
            foreach (var problem in report.Problems)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {problem.Target}: {problem.Message}");
                text.AppendLine(CultureInfo.InvariantCulture, $"    fix: {problem.Fix}");
            }
        }

        foreach (var step in report.Targets.SelectMany(t => t.Steps).Where(s => s.HasDifferences))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"--- {step.Step.Target} ({KubectlApplier.Describe(step.Step.Purpose)}, {step.Step.Namespace})");
            text.Append(step.Output);
        }

        if (report.Targets.Count > 0)
        {
            var rows = new List<string[]> { new[] { "TARGET", "CONTEXT", "RESULT", "STEPS", "OBJECTS", "NOTE" } };
            foreach (var result in report.Targets)
            {
                var planned = report.Plan?.Targets.FirstOrDefault(t => t.Target.Name == result.Target.Name)?.Steps.Count ?? 0;
                rows.Add(
                [
                    result.Target.Name, result.Target.Context, result.Status.ToString().ToLowerInvariant(),
                    string.Create(CultureInfo.InvariantCulture, $"{result.Steps.Count(s => s.Succeeded)}/{planned}"),
                    result.ObjectCount.ToString(CultureInfo.InvariantCulture), result.Reason,
                ]);
            }

            var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
            foreach (var row in rows)
            {
                text.AppendLine(string.Join("  ", row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]))).TrimEnd());
            }

            var done = report.Targets.Where(t => t.Status is TargetStatus.Applied or TargetStatus.Checked).Select(t => t.Target.Name).ToList();
            var notDone = report.Targets.Where(t => t.Status is TargetStatus.Failed or TargetStatus.Skipped)
                .Select(t => $"{t.Target.Name} ({t.Status.ToString().ToLowerInvariant()}: {t.Reason})").ToList();
            var verb = report.Targets.All(t => t.Status == TargetStatus.Checked) ? "Checked" : "Applied";
            text.AppendLine(CultureInfo.InvariantCulture, $"{verb}: {(done.Count == 0 ? "none" : string.Join(", ", done))}.");
            if (notDone.Count > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"Not applied: {string.Join("; ", notDone)}.");
            }
        }

        foreach (var note in report.Notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Note: {note}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Next: {report.Next}");
        return text.ToString();
    }
}
