namespace Manifests.Apply;

/// <summary>Waits for Argo CD to sync the applied Applications, where the <c>argocd</c> CLI is installed.</summary>
public static class ArgoCdSync
{
    /// <summary>Waits for sync and health of the Applications named in the folder (also those an ApplicationSet's list generator makes).</summary>
    /// <returns>A failure reason (or <see langword="null"/>) and a note when waiting was skipped.</returns>
    public static async Task<(string? Failure, string? Note)> WaitAsync(
        ApplyRequest request, RenderedTarget argoCd, CancellationToken cancellationToken = default)
    {
        var names = argoCd.Objects.Where(o => o.Kind == "Application").Select(o => o.Name)
            .Concat(argoCd.Objects.SelectMany(o => o.GeneratedApplications))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            return (null, "no Application names could be worked out from argocd/; not waiting for sync");
        }

        var runner = new ProcessRunner(request.ArgoCdPath, request.Environment);
        // --core talks to the Argo CD API through the kubeconfig context, so no argocd login is needed.
        List<string> arguments = ["app", "wait", .. names, "--sync", "--health", "--timeout", "300", "--core"];
        if (request.ArgoCdContext is { } context)
        {
            arguments.AddRange(["--kube-context", context]);
        }

        var result = await runner.RunAsync(arguments, TimeSpan.FromMinutes(6), null, cancellationToken);
        return result.Outcome switch
        {
            ProcessOutcome.NotFound => (null, $"the argocd CLI was not found ('{request.ArgoCdPath}'); not waiting for sync and health"),
            _ when result.Succeeded => (null, $"Argo CD reports {string.Join(", ", names)} synced and healthy"),
            _ => ($"argocd app wait failed: {result.ErrorLine}", null),
        };
    }
}
