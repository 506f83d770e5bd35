namespace Manifests.Cli;

/// <summary>Something a command needs (the topology, a settings file) is missing or wrong; printed as one line, exiting with <see cref="Error"/>'s code.</summary>
internal sealed class CommandInputException(CommandError error) : Exception(error.Message)
{
    /// <summary>The message and exit code.</summary>
    public CommandError Error { get; } = error;
}
