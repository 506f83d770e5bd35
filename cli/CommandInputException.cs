namespace Manifests.Cli;

/// <summary>Something a command needs (the topology, a settings file) is missing or wrong; printed as one line, exit code 1.</summary>
internal sealed class CommandInputException(string message) : Exception(message);
