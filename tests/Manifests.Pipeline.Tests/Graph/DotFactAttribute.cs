using Xunit;

namespace Manifests.Pipeline.Tests.Graph;

/// <summary>A fact that needs Graphviz's <c>dot</c>; skipped, with the reason shown, where it is not installed.</summary>
public sealed class DotFactAttribute : FactAttribute
{
    public DotFactAttribute()
    {
        if (DotPath is null)
        {
            Skip = "Graphviz's dot is not on PATH (apt-get install graphviz); this test checks that dot accepts the output";
        }
    }

    public static string? DotPath { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(directory => Path.Combine(directory, "dot"))
        .FirstOrDefault(File.Exists);
}
