namespace Manifests.Cli;

/// <summary>Why a command cannot go on: one line for stderr, and the exit code it ends with.</summary>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <param name="ExitCode">One of <see cref="ExitCodes"/>.</param>
internal sealed record CommandError(string Message, int ExitCode);
