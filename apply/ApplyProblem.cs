namespace Manifests.Apply;

/// <summary>Whose move it is to fix a problem; decides the exit code.</summary>
public enum ProblemKind
{
    /// <summary>The user can fix it (a wrong option, a missing context, a kind not installed): exit code 1.</summary>
    User,

    /// <summary>The environment is broken (no kubectl, an unreachable server): exit code 2.</summary>
    Environment,
}

/// <summary>Something that stops the apply before it touches any server; collected and reported all at once.</summary>
/// <param name="Target">The target it concerns, or <c>*</c> for all.</param>
/// <param name="Kind">Who can fix it.</param>
/// <param name="Message">What is missing or wrong.</param>
/// <param name="Fix">How to fix it.</param>
public sealed record ApplyProblem(string Target, ProblemKind Kind, string Message, string Fix);
