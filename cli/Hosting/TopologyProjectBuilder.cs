using System.Diagnostics;

namespace Manifests.Cli.Hosting;

/// <summary>Builds a topology project and finds its assembly, as <c>dotnet ef</c> does for a startup project.</summary>
internal static class TopologyProjectBuilder
{
    /// <summary>The built assembly of <paramref name="projectPath"/>, or an error saying what failed.</summary>
    public static (string? AssemblyPath, CommandError? Error) Build(string projectPath, bool build, TextWriter log)
    {
        if (!File.Exists(projectPath))
        {
            return (null, new($"Topology project '{projectPath}' does not exist.", ExitCodes.Environment));
        }

        if (build)
        {
            log.WriteLine($"Building {Path.GetFileName(projectPath)}...");
            // The project's own render-on-build is switched off: this command decides where output goes.
            var (code, output) = Dotnet("build", projectPath, "-nologo", "-v:q", "-p:ManifestsRenderOnBuild=false");
            if (code is null)
            {
                return (null, DotnetMissing);
            }

            if (code != 0)
            {
                // The compiler's and the generator's errors (MESH…) are findings in the topology.
                return (null, new($"Building '{projectPath}' failed:{Environment.NewLine}{output.Trim()}", ExitCodes.Findings));
            }
        }

        var (getCode, targetPath) = Dotnet("msbuild", projectPath, "-nologo", "-getProperty:TargetPath");
        return getCode switch
        {
            null => (null, DotnetMissing),
            0 when targetPath.Trim().Length > 0 => (targetPath.Trim(), null),
            _ => (null, new($"Could not read TargetPath of '{projectPath}': {targetPath.Trim()}", ExitCodes.Environment)),
        };
    }

    private static CommandError DotnetMissing => new("dotnet could not be started; install the .NET SDK, or set DOTNET_HOST_PATH.", ExitCodes.Environment);

    /// <summary>Runs dotnet; a null code when it could not be started.</summary>
    private static (int? Code, string Output) Dotnet(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process? started;
        try
        {
            started = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (null, "");
        }

        using var process = started;
        if (process is null)
        {
            return (null, "");
        }

        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
