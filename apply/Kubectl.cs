namespace Manifests.Apply;

/// <summary>The kubectl executable with the connection flags every call shares (<c>--kubeconfig</c>, <c>--context</c>).</summary>
public sealed class Kubectl
{
    private readonly ProcessRunner runner;
    private readonly ProcessRunner applySetRunner;

    /// <summary>Binds kubectl to a kubeconfig and extra environment.</summary>
    public Kubectl(string executable, string? kubeconfig, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        runner = new ProcessRunner(executable, environment);
        // ApplySet pruning is still behind this switch in kubectl 1.32; only prune runs get it.
        applySetRunner = new ProcessRunner(executable,
            environment.Append(new("KUBECTL_APPLYSET", "true")).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value));
        Kubeconfig = kubeconfig;
        Timeout = timeout;
    }

    /// <summary>The kubeconfig passed as <c>--kubeconfig</c>, if any.</summary>
    public string? Kubeconfig { get; }

    /// <summary>How long one run may take.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The executable.</summary>
    public string Executable => runner.Executable;

    /// <summary>The connection flags for <paramref name="context"/>, first on every command line.</summary>
    public IReadOnlyList<string> ConnectionArguments(string? context) =>
        [.. Kubeconfig is null ? [] : new[] { "--kubeconfig", Kubeconfig }, .. context is null ? [] : new[] { "--context", context }];

    /// <summary>Runs <c>kubectl [connection] arguments…</c>.</summary>
    public Task<ProcessResult> RunAsync(
        string? context, IReadOnlyList<string> arguments, CancellationToken cancellationToken = default, string? standardInput = null) =>
        runner.RunAsync([.. ConnectionArguments(context), .. arguments], Timeout, standardInput, cancellationToken);

    /// <summary>Runs a command that uses <c>--applyset</c>, with the ApplySet switch set.</summary>
    public Task<ProcessResult> RunWithApplySetAsync(string? context, IReadOnlyList<string> arguments, CancellationToken cancellationToken = default) =>
        applySetRunner.RunAsync([.. ConnectionArguments(context), .. arguments], Timeout, null, cancellationToken);

    /// <summary>Reads a raw API path (<c>kubectl get --raw</c>), failing fast when the server does not answer.</summary>
    public Task<ProcessResult> GetRawAsync(string context, string path, CancellationToken cancellationToken = default) =>
        RunAsync(context, ["get", "--raw", path, "--request-timeout=10s"], cancellationToken);
}
