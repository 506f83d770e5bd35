using System.CommandLine;
using Manifests.Cli.Commands;

namespace Manifests.Cli;

/// <summary>The <c>manifests</c> command line: its commands, and the exit codes a usage error and a bug end with.</summary>
public static class ManifestsCommandLine
{
    /// <summary>The root command with every command.</summary>
    public static RootCommand Create(ApplyCommandInputs applyInputs) => new("manifests: render a C# service-mesh topology into per-cluster YAML, check it, and apply it." + ExitCodes.Help)
    {
        RenderCommand.Create(),
        ApplyCommand.Create(applyInputs),
        GraphCommand.Create(),
        DiffCommand.Create(),
        ValidateCommand.Create(),
    };

    /// <summary>
    /// Parses and runs <paramref name="args"/>: a parse error (unknown option, missing or malformed argument) exits 3,
    /// an exception no command expected exits 70 with its stack trace on stderr.
    /// </summary>
    public static async Task<int> InvokeAsync(RootCommand root, string[] args, TextWriter? stdout = null, TextWriter? stderr = null, CancellationToken cancellationToken = default)
    {
        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = stdout ?? Console.Out,
            Error = stderr ?? Console.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            var code = await parse.InvokeAsync(configuration, cancellationToken);
            return parse.Errors.Count > 0 ? ExitCodes.Usage : code;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await configuration.Error.WriteLineAsync($"bug: {e.GetType().FullName}: {e.Message}. This is a bug in manifests (exit code {ExitCodes.Bug}); please report it with the command line and this trace.");
            await configuration.Error.WriteLineAsync(e.StackTrace);
            return ExitCodes.Bug;
        }
    }
}
