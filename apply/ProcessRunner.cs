using System.ComponentModel;
using System.Diagnostics;

namespace Manifests.Apply;

/// <summary>What a finished (or abandoned) process left behind.</summary>
/// <param name="ExitCode">The exit code; -1 when it did not start or timed out.</param>
/// <param name="Stdout">Everything written to stdout.</param>
/// <param name="Stderr">Everything written to stderr.</param>
/// <param name="Outcome">Whether it ran, could not start, or was killed.</param>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr, ProcessOutcome Outcome)
{
    /// <summary>Exited with code 0.</summary>
    public bool Succeeded => Outcome == ProcessOutcome.Exited && ExitCode == 0;

    private static readonly string[] ErrorStarts = ["error:", "Error from server", "Apply failed"];

    /// <summary>The line that says what went wrong, for one-line reports: kubectl's first error line, else the last line.</summary>
    public string ErrorLine
    {
        get
        {
            var lines = Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(l => !l.StartsWith("Warning:", StringComparison.Ordinal)).ToList();
            // kubectl puts the error first and advice after it (a conflict lists ways to resolve it).
            var error = lines.FirstOrDefault(l => ErrorStarts.Any(start => l.StartsWith(start, StringComparison.Ordinal)))
                ?? lines.LastOrDefault() ?? $"exit code {ExitCode}";
            return Stderr.Contains("--force-conflicts", StringComparison.Ordinal)
                ? $"{error} (another field manager owns these fields; pass --force to take them over)"
                : error;
        }
    }
}

/// <summary>How a process run ended.</summary>
public enum ProcessOutcome
{
    /// <summary>It ran and exited.</summary>
    Exited,

    /// <summary>The executable was not found.</summary>
    NotFound,

    /// <summary>It was killed after the timeout.</summary>
    TimedOut,
}

/// <summary>Runs one executable with an argument list (never a shell string), capturing output, with a timeout.</summary>
/// <param name="executable">A path, or a bare name looked up on PATH.</param>
/// <param name="environment">Variables added to the inherited environment.</param>
public sealed class ProcessRunner(string executable, IReadOnlyDictionary<string, string> environment)
{
    /// <summary>The executable this runner starts.</summary>
    public string Executable { get; } = executable;

    /// <summary>Runs it to the end or to the timeout.</summary>
    /// <param name="arguments">The argument list, passed as is.</param>
    /// <param name="timeout">When to kill it.</param>
    /// <param name="standardInput">Written to its stdin (then closed); <see langword="null"/> closes stdin at once.</param>
    /// <param name="cancellationToken">Kills it early.</param>
    public async Task<ProcessResult> RunAsync(
        IReadOnlyList<string> arguments, TimeSpan timeout, string? standardInput = null, CancellationToken cancellationToken = default)
    {
        var info = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            return new ProcessResult(-1, "", $"{Executable} was not found", ProcessOutcome.NotFound);
        }

        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput.AsMemory(), cancellationToken);
        }

        process.StandardInput.Close();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            return new ProcessResult(-1, await stdout, await stderr + $"\n{Executable} timed out after {timeout.TotalSeconds:0}s",
                ProcessOutcome.TimedOut);
        }

        return new ProcessResult(process.ExitCode, await stdout, await stderr, ProcessOutcome.Exited);
    }
}
