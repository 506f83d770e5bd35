using Xunit;

namespace Manifests.Testing;

/// <summary>A fact that needs the real kubectl; skipped, with the reason shown, where there is none.</summary>
public sealed class KubectlFactAttribute : FactAttribute
{
    /// <summary>Skips when <see cref="ExternalTools.Kubectl"/> is null.</summary>
    public KubectlFactAttribute()
    {
        if (ExternalTools.Kubectl is null)
        {
            Skip = ExternalTools.KubectlMissing;
        }
    }
}

/// <summary>A theory that needs the real kubectl; skipped, with the reason shown, where there is none.</summary>
public sealed class KubectlTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips when <see cref="ExternalTools.Kubectl"/> is null.</summary>
    public KubectlTheoryAttribute()
    {
        if (ExternalTools.Kubectl is null)
        {
            Skip = ExternalTools.KubectlMissing;
        }
    }
}

/// <summary>A fact that needs git and a checkout of this repository.</summary>
public sealed class GitCheckoutFactAttribute : FactAttribute
{
    /// <summary>Skips when git is missing or the repository root is not a checkout (a worktree's <c>.git</c> is a file).</summary>
    public GitCheckoutFactAttribute()
    {
        if (ExternalTools.Git is null || !Directory.Exists(Path.Combine(RepositoryPaths.Root, ".git")) && !File.Exists(Path.Combine(RepositoryPaths.Root, ".git")))
        {
            Skip = "not a git checkout of the repository (or git is missing): the committed output cannot be compared.";
        }
    }
}

/// <summary>A fact that needs Graphviz's <c>dot</c>; skipped, with the reason shown, where it is not installed.</summary>
public sealed class DotFactAttribute : FactAttribute
{
    /// <summary>Skips when <see cref="ExternalTools.Dot"/> is null.</summary>
    public DotFactAttribute()
    {
        if (ExternalTools.Dot is null)
        {
            Skip = "Graphviz's dot is not on PATH (apt-get install graphviz); this test checks that dot accepts the output";
        }
    }
}
