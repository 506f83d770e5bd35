namespace Manifests.Generator.Tests.DiagnosticIds;

/// <summary>One rule as a release file lists it: <c>Rule ID | Category | Severity | Notes</c> (the notes hold the title).</summary>
internal sealed record ReleaseRow(string Id, string Category, string Severity, string Title)
{
    public override string ToString() => Id + " | " + Category + " | " + Severity + " | " + Title;
}

/// <summary>
/// Reads the generator's <c>AnalyzerReleases.Shipped.md</c> and <c>AnalyzerReleases.Unshipped.md</c> (the format of
/// Microsoft.CodeAnalysis.Analyzers' release tracking) into the rules they list now, and compares them with the
/// descriptors, saying for each difference the exact line to add, remove or replace.
/// </summary>
internal static class AnalyzerReleaseFiles
{
    public const string UnshippedPath = "docs/diagnostics/AnalyzerReleases.Unshipped.md";

    /// <summary>The rules the files list now: shipped releases in order, then the unshipped one; problems in the files themselves.</summary>
    public static (Dictionary<string, (ReleaseRow Row, string File)> Rows, List<string> Problems) Read(params (string File, string Text)[] files)
    {
        var rows = new Dictionary<string, (ReleaseRow, string)>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (file, text) in files)
        {
            string section = "";
            foreach (string rawLine in text.Split('\n'))
            {
                string line = rawLine.TrimEnd('\r').Trim();
                if (line.Length == 0 || line.StartsWith(';') || line.StartsWith("## ", StringComparison.Ordinal)
                    || line.StartsWith("Rule ID", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal))
                {
                    continue;
                }

                if (line.StartsWith("### ", StringComparison.Ordinal))
                {
                    section = line[4..];
                    continue;
                }

                string[] cells = line.Split('|').Select(cell => cell.Trim()).ToArray();
                Apply(section, cells, file, line, rows, problems);
            }
        }

        return (rows, problems);
    }

    /// <summary>Every difference between <paramref name="expected"/> and the files, each with the line that fixes it.</summary>
    public static List<string> Compare(IEnumerable<ReleaseRow> expected, params (string File, string Text)[] files)
    {
        var (rows, problems) = Read(files);
        var wanted = expected.ToDictionary(row => row.Id, StringComparer.Ordinal);
        foreach (ReleaseRow row in wanted.Values.OrderBy(row => row.Id, StringComparer.Ordinal))
        {
            if (!rows.TryGetValue(row.Id, out var listed))
            {
                problems.Add($"{row.Id} is missing: add this line under '### New Rules' in {UnshippedPath}:{Environment.NewLine}{row}");
            }
            else if (listed.Row != row)
            {
                problems.Add($"{row.Id} in {listed.File} disagrees with its descriptor: replace{Environment.NewLine}{listed.Row}{Environment.NewLine}with{Environment.NewLine}{row}");
            }
        }

        foreach (var (id, listed) in rows.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (!wanted.ContainsKey(id))
            {
                problems.Add($"{id} has no descriptor: remove this line from {listed.File} (or move it to '### Removed Rules' if it shipped):{Environment.NewLine}{listed.Row}");
            }
        }

        return problems;
    }

    private static void Apply(string section, string[] cells, string file, string line, Dictionary<string, (ReleaseRow, string)> rows, List<string> problems)
    {
        switch (section)
        {
            case "New Rules" when cells.Length == 4:
                if (!rows.TryAdd(cells[0], (new ReleaseRow(cells[0], cells[1], cells[2], cells[3]), file)))
                {
                    problems.Add($"{cells[0]} is listed twice: remove this line from {file}:{Environment.NewLine}{line}");
                }

                break;
            case "Removed Rules" when cells.Length == 4:
                rows.Remove(cells[0]);
                break;
            case "Changed Rules" when cells.Length == 6:
                // Rule ID | New Category | New Severity | Old Category | Old Severity | Notes
                rows[cells[0]] = (new ReleaseRow(cells[0], cells[1], cells[2], cells[5]), file);
                break;
            default:
                problems.Add($"{file} has a line the release format does not allow under '### {section}': {line}");
                break;
        }
    }
}
