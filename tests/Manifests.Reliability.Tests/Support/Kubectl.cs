using System.Diagnostics;

namespace Manifests.Reliability.Tests.Support;

/// <summary>The real kubectl (with its built-in kustomize), when the machine has one.</summary>
internal static class Kubectl
{
    /// <summary>The kubectl binary, or null; tests that need it skip with this reason.</summary>
    public static string? Path { get; } = Find();

    public const string MissingReason = "kubectl is not installed (looked in KUBECTL, /usr/bin, /usr/local/bin and PATH): the kustomize read-back cannot run.";

    /// <summary><c>kubectl kustomize folder</c>: the YAML stream kustomize builds.</summary>
    public static string Kustomize(string folder)
    {
        var start = new ProcessStartInfo(Path!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("kustomize");
        start.ArgumentList.Add(folder);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"kubectl kustomize {folder} failed ({process.ExitCode}): {error.Result}");
        }

        return output;
    }

    private static string? Find()
    {
        var candidates = new List<string?> { Environment.GetEnvironmentVariable("KUBECTL"), "/usr/bin/kubectl", "/usr/local/bin/kubectl" };
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator)
            .Where(d => d.Length > 0).Select(d => System.IO.Path.Combine(d, "kubectl")));
        return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c));
    }
}
