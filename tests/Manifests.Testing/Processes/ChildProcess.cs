using System.Diagnostics;
using System.Text;

namespace Manifests.Pipeline.Tests.Infrastructure;

/// <summary>What a child process did.</summary>
internal sealed record ProcessRun(int ExitCode, string Output)
{
    public ProcessRun ShouldSucceed(string what)
    {
        if (ExitCode != 0)
        {
            throw new Xunit.Sdk.XunitException($"{what} exited {ExitCode}:{Environment.NewLine}{Output}");
        }

        return this;
    }
}

/// <summary>
/// Runs the dotnet host (and other programs) as a user would from a shell: no build servers left behind,
/// and none of the test host's MSBuild settings leaking into the child.
/// </summary>
internal static class Dotnet
{
    public static string HostPath { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
        ? host
        : "dotnet";

    public static ProcessRun Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        Start(HostPath, workingDirectory, environment, TimeSpan.FromMinutes(4), arguments);

    public static ProcessRun Start(string program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
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
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in {timeout}.");
        }

        process.WaitForExit();
        lock (output)
        {
            return new ProcessRun(process.ExitCode, output.ToString());
        }
    }
}
