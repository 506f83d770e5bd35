using System.Diagnostics;

namespace Manifests.Tests.Support;

/// <summary>A test that needs the real kubectl; skipped, with the reason shown, where kubectl is not installed.</summary>
public sealed class KubectlFactAttribute : FactAttribute
{
    public KubectlFactAttribute()
    {
        if (ExternalTools.Kubectl is null)
        {
            Skip = "kubectl is not on PATH: install kubectl 1.32+ to run the kustomize checks.";
        }
    }
}

/// <summary>A theory that needs the real kubectl; skipped, with the reason shown, where kubectl is not installed.</summary>
public sealed class KubectlTheoryAttribute : TheoryAttribute
{
    public KubectlTheoryAttribute()
    {
        if (ExternalTools.Kubectl is null)
        {
            Skip = "kubectl is not on PATH: install kubectl 1.32+ to run the kustomize checks.";
        }
    }
}

/// <summary>A test that needs git and a checkout of this repository.</summary>
public sealed class GitCheckoutFactAttribute : FactAttribute
{
    public GitCheckoutFactAttribute()
    {
        if (ExternalTools.Git is null || !Directory.Exists(Path.Combine(RepositoryPaths.Root, ".git")) && !File.Exists(Path.Combine(RepositoryPaths.Root, ".git")))
        {
            Skip = "not a git checkout of the repository (or git is missing): the committed output cannot be compared.";
        }
    }
}

/// <summary>Finds external programs and runs them with argument lists.</summary>
internal static class ExternalTools
{
    public static string? Kubectl { get; } = Find("kubectl");

    public static string? Git { get; } = Find("git");

    public static (int ExitCode, string Output, string Error) Run(string program, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    private static string? Find(string name)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
