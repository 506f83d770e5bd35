using System.Diagnostics;
using Manifests.Render.Emit;

namespace Manifests.Cli.Hosting;

/// <summary>
/// The output files as committed: read from the working tree, or with <c>git show REF:path</c> from a revision.
/// Only files listed in the output's ledger count (the user's own files are not output); without a ledger, every YAML file.
/// </summary>
internal static class CommittedOutput
{
    private const string LedgerFileName = ".manifests-ledger";

    /// <summary>The files below <paramref name="root"/> in the working tree; none when the folder does not exist.</summary>
    public static IReadOnlyList<RenderedFile> FromWorkingTree(string root)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }

        var all = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();
        var ledger = Path.Combine(root, LedgerFileName);
        return Select(all, File.Exists(ledger) ? File.ReadAllText(ledger) : null)
            .Select(path => new RenderedFile(path, File.ReadAllText(Path.Combine(root, path))))
            .ToList();
    }

    /// <summary>The files below <paramref name="root"/> at <paramref name="revision"/>, or why they cannot be read (and the exit code).</summary>
    public static (IReadOnlyList<RenderedFile>? Files, string? Error, int ExitCode) FromRevision(string root, string revision)
    {
        var existing = new DirectoryInfo(root);
        while (existing is not null && !existing.Exists)
        {
            existing = existing.Parent;
        }

        var (code, topLevel) = Git(existing?.FullName ?? ".", "rev-parse", "--show-toplevel");
        if (code is null)
        {
            return (null, "git was not found on PATH; --base needs it.", ExitCodes.Environment);
        }

        if (code != 0)
        {
            return (null, $"{root} is not inside a git repository: {topLevel.Trim()}", ExitCodes.Environment);
        }

        var top = topLevel.Trim();
        if (Git(top, "rev-parse", "--verify", "--quiet", revision + "^{commit}").Code != 0)
        {
            return (null, $"'{revision}' is not a commit of the repository at {top}.", ExitCodes.Usage);
        }

        var relative = Path.GetRelativePath(top, root).Replace(Path.DirectorySeparatorChar, '/');
        if (relative.StartsWith("..", StringComparison.Ordinal))
        {
            return (null, $"{root} is outside the repository at {top}.", ExitCodes.Environment);
        }

        var prefix = relative == "." ? "" : relative + "/";
        var (_, listing) = Git(top, "ls-tree", "-r", "--name-only", revision, "--", prefix.Length == 0 ? "." : prefix);
        var all = listing.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p.StartsWith(prefix, StringComparison.Ordinal))
            .Select(p => p[prefix.Length..])
            .ToList();
        string Show(string path) => Git(top, "show", $"{revision}:{prefix}{path}").Output;
        var ledger = all.Contains(LedgerFileName) ? Show(LedgerFileName) : null;
        return (Select(all, ledger).Select(path => new RenderedFile(path, Show(path))).ToList(), null, ExitCodes.Ok);
    }

    private static IEnumerable<string> Select(IReadOnlyList<string> paths, string? ledger)
    {
        if (ledger is null)
        {
            return paths.Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".yml", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal);
        }

        var listed = ledger.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
        return paths.Where(listed.Contains).Order(StringComparer.Ordinal);
    }

    /// <summary>Runs git; a null code means git could not be started.</summary>
    private static (int? Code, string Output) Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, process.ExitCode == 0 ? output : output + error.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (null, "");
        }
    }
}
