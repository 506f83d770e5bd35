using System.Diagnostics;

namespace Manifests.Reliability.Tests.Support;

/// <summary>The real <c>manifests</c> CLI as a child process.</summary>
internal static class ManifestsCli
{
    public static ProcessStartInfo StartInfo(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryPaths.CliAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Runs to the end; returns the exit code and everything printed.</summary>
    public static (int ExitCode, string Output) Run(params string[] arguments)
    {
        using var process = Process.Start(StartInfo(arguments))!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("manifests did not finish in 2 minutes: " + string.Join(' ', arguments));
        }

        return (process.ExitCode, output + error.Result);
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
