using System.Diagnostics;

namespace Manifests.Cli.Hosting;

/// <summary>Builds a topology project and finds its assembly, as <c>dotnet ef</c> does for a startup project.</summary>
internal static class TopologyProjectBuilder
{
    /// <summary>The built assembly of <paramref name="projectPath"/>, or an error saying what failed.</summary>
    public static (string? AssemblyPath, string? Error) Build(string projectPath, bool build, TextWriter log)
    {
        if (!File.Exists(projectPath))
        {
            return (null, $"Topology project '{projectPath}' does not exist.");
        }

        if (build)
        {
            log.WriteLine($"Building {Path.GetFileName(projectPath)}...");
            // The project's own render-on-build is switched off: this command decides where output goes.
            var (code, output) = Dotnet("build", projectPath, "-nologo", "-v:q", "-p:ManifestsRenderOnBuild=false");
            if (code != 0)
            {
                return (null, $"Building '{projectPath}' failed:{Environment.NewLine}{output.Trim()}");
            }
        }

        var (getCode, targetPath) = Dotnet("msbuild", projectPath, "-nologo", "-getProperty:TargetPath");
        return getCode == 0 && targetPath.Trim().Length > 0
            ? (targetPath.Trim(), null)
            : (null, $"Could not read TargetPath of '{projectPath}': {targetPath.Trim()}");
    }

    private static (int Code, string Output) Dotnet(params string[] arguments)
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

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
