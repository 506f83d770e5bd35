namespace Manifests.Testing;

/// <summary>The programs some tests need and a machine may lack: kubectl, git, Graphviz's dot.</summary>
public static class ExternalTools
{
    /// <summary>Why a kubectl test did not run.</summary>
    public const string KubectlMissing = "kubectl was not found (looked in $KUBECTL, /usr/bin, /usr/local/bin and PATH): install kubectl 1.32+ or set KUBECTL to run the tests that drive the real kubectl.";

    /// <summary>kubectl (with its built-in kustomize): $KUBECTL, /usr/bin, /usr/local/bin, then PATH; null where there is none.</summary>
    public static string? Kubectl { get; } = FirstExisting([Environment.GetEnvironmentVariable("KUBECTL"), "/usr/bin/kubectl", "/usr/local/bin/kubectl", .. OnPath("kubectl")]);

    /// <summary>git on PATH, or null.</summary>
    public static string? Git { get; } = FirstExisting(OnPath("git"));

    /// <summary>Graphviz's dot on PATH, or null.</summary>
    public static string? Dot { get; } = FirstExisting(OnPath("dot"));

    /// <summary><c>kubectl kustomize folder</c>: the YAML stream kustomize builds; throws when kubectl fails.</summary>
    public static string KubectlKustomize(string folder)
    {
        var run = ChildProcess.Run(Kubectl ?? throw new InvalidOperationException(KubectlMissing), folder, "kustomize", folder);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"kubectl kustomize {folder} failed ({run.ExitCode}): {run.StandardError}");
        }

        return run.StandardOutput;
    }

    private static IEnumerable<string> OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name));

    private static string? FirstExisting(IEnumerable<string?> candidates) => candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c));
}
