using Xunit;

namespace Manifests.Apply.Tests;

/// <summary>A fact that needs the real kubectl; skipped, with the reason shown, where there is none.</summary>
public sealed class KubectlFactAttribute : FactAttribute
{
    public KubectlFactAttribute()
    {
        if (KubectlPath is null)
        {
            Skip = "kubectl was not found (set KUBECTL or put kubectl on PATH); these tests drive the real kubectl";
        }
    }

    /// <summary>The kubectl these tests run: $KUBECTL, else the first on PATH.</summary>
    public static string? KubectlPath { get; } = Find();

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("KUBECTL") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "kubectl"))
            .FirstOrDefault(File.Exists);
    }
}
