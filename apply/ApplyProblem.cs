namespace Manifests.Apply;

/// <summary>Whose move it is to fix a problem; decides the exit code.</summary>
public enum ProblemKind
{
    /// <summary>A finding the user can fix (stale output, a kind or namespace the cluster lacks, a broken file): exit code 1.</summary>
    User,

    /// <summary>The environment is wrong (no kubectl, an unreadable kubeconfig, a missing context, an unreachable server): exit code 2.</summary>
    Environment,

    /// <summary>The command line names something that does not exist (a <c>--target</c>, a <c>--context</c> target): exit code 3.</summary>
    Usage,
}

/// <summary>Something that stops the apply before it touches any server; collected and reported all at once.</summary>
/// <param name="Target">The target it concerns, or <c>*</c> for all.</param>
/// <param name="Kind">Who can fix it.</param>
/// <param name="Message">What is missing or wrong.</param>
/// <param name="Fix">How to fix it.</param>
public sealed record ApplyProblem(string Target, ProblemKind Kind, string Message, string Fix);
