namespace Manifests.Cli;

/// <summary>Exit codes scripts can trust.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>The user's input or output is wrong (topology errors, stale output, bad options).</summary>
    public const int UserError = 1;

    /// <summary>The environment failed (a missing tool, an unreachable server) or a bug.</summary>
    public const int Environment = 2;
}
