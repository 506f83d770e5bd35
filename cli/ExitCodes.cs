namespace Manifests.Cli;

/// <summary>Exit codes scripts can trust, the same for every command (README, "The <c>manifests</c> command").</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>Findings: topology or validation errors, stale output, differences where asked, a failed topology build.</summary>
    public const int Findings = 1;

    /// <summary>The environment is wrong: a missing file or tool, the kubeconfig or a context, an unreachable server, the disk.</summary>
    public const int Environment = 2;

    /// <summary>A usage error: an unknown option, a missing or malformed argument, a name that names nothing.</summary>
    public const int Usage = 3;

    /// <summary>A bug in manifests: an unexpected exception (sysexits' EX_SOFTWARE).</summary>
    public const int Bug = 70;

    /// <summary>The paragraph every command's <c>--help</c> ends with.</summary>
    public const string Help = "\n\nExit codes: 0 success, 1 findings, 2 the environment is wrong (missing file or tool, kubeconfig, context, unreachable server), 3 usage error, 70 a bug.";
}
