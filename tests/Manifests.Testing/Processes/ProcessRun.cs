namespace Manifests.Testing;

/// <summary>What a child process did: its exit code and everything it printed.</summary>
public sealed record ProcessRun(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Everything printed: standard output, then standard error.</summary>
    public string Output => StandardOutput + StandardError;

    /// <summary>The exit code and everything printed.</summary>
    public void Deconstruct(out int exitCode, out string output)
    {
        exitCode = ExitCode;
        output = Output;
    }

    /// <summary>Fails the test, showing the output, unless the process exited 0.</summary>
    public ProcessRun ShouldSucceed(string what)
    {
        if (ExitCode != 0)
        {
            throw new Xunit.Sdk.XunitException($"{what} exited {ExitCode}:{Environment.NewLine}{Output}");
        }

        return this;
    }
}
