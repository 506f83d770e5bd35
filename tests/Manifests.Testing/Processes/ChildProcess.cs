using System.Diagnostics;

namespace Manifests.Testing;

/// <summary>
/// Runs programs (the dotnet host, git, kubectl, dot) as a user would from a shell: arguments as a list, no build
/// servers left behind, and none of the test host's MSBuild settings leaking into the child.
/// </summary>
public static class ChildProcess
{
    /// <summary>How long a program may run before it is killed and the test fails.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(4);

    /// <summary>The dotnet host running the tests ($DOTNET_HOST_PATH), else <c>dotnet</c> on PATH.</summary>
    public static string DotnetHost { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
        ? host
        : "dotnet";

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>.</summary>
    public static ProcessRun Dotnet(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        Run(DotnetHost, workingDirectory, environment, DefaultTimeout, arguments);

    /// <summary>Runs <paramref name="program"/> to the end with the default timeout.</summary>
    public static ProcessRun Run(string program, string workingDirectory, params string[] arguments) =>
        Run(program, workingDirectory, null, DefaultTimeout, arguments);

    /// <summary>Runs <paramref name="program"/> to the end; kills it and throws after <paramref name="timeout"/>.</summary>
    public static ProcessRun Run(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] arguments)
    {
        var start = StartInfo(program, arguments);
        start.WorkingDirectory = workingDirectory;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        // Both streams are read to the end concurrently, byte for byte, so neither pipe can fill and block the child.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in {timeout}.");
        }

        process.WaitForExit();
        return new ProcessRun(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>A start for <paramref name="program"/> with redirected output and a clean environment, for tests that start, time or kill it themselves.</summary>
    public static ProcessStartInfo StartInfo(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        // Builds started from a test must not leave MSBuild nodes or the compiler server running.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        return start;
    }
}
