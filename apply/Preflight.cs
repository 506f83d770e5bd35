using System.Text.Json;

namespace Manifests.Apply;

/// <summary>
/// Checks, before anything is applied, that every chosen target can take its files: the context exists,
/// its API server answers, it serves every kind the files use, and the namespaces they use exist or are created.
/// </summary>
public static class Preflight
{
    /// <summary>Runs every check and returns every problem found (empty when the apply may go ahead).</summary>
    /// <param name="kubectl">kubectl bound to the kubeconfig.</param>
    /// <param name="targets">The chosen targets.</param>
    /// <param name="rendered">Their rendered folders, by target name.</param>
    /// <param name="prune">Whether the run prunes (the ApplySet parent is a Secret, so Secrets must be served).</param>
    /// <param name="cancellationToken">Stops the checks.</param>
    public static async Task<IReadOnlyList<ApplyProblem>> CheckAsync(
        Kubectl kubectl,
        IReadOnlyList<SelectedTarget> targets,
        IReadOnlyDictionary<string, RenderedTarget> rendered,
        bool prune,
        CancellationToken cancellationToken = default)
    {
        var contexts = await kubectl.RunAsync(null, ["config", "get-contexts", "-o", "name"], cancellationToken);
        if (contexts.Outcome == ProcessOutcome.NotFound)
        {
            return [new ApplyProblem("*", ProblemKind.Environment, $"kubectl was not found (looked for '{kubectl.Executable}')",
                "Install kubectl 1.27 or newer and put it on PATH.")];
        }

        if (!contexts.Succeeded)
        {
            return [new ApplyProblem("*", ProblemKind.Environment, $"kubectl could not read the kubeconfig: {contexts.ErrorLine}",
                "Check --kubeconfig (or KUBECONFIG).")];
        }

        var known = contexts.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.Ordinal);
        var where = kubectl.Kubeconfig ?? "the kubeconfig";
        var checks = targets.Select(target => known.Contains(target.Context)
            ? CheckTargetAsync(kubectl, target, rendered.GetValueOrDefault(target.Name), prune, cancellationToken)
            : Task.FromResult<IReadOnlyList<ApplyProblem>>(
            [
                new ApplyProblem(target.Name, ProblemKind.Environment, $"context '{target.Context}' is not in {where}",
                    $"Add the context to {where}, or pass --context {target.Name}=<existing context>."),
            ]));
        var results = await Task.WhenAll(checks);
        return results.SelectMany(r => r).ToList();
    }

    private static async Task<IReadOnlyList<ApplyProblem>> CheckTargetAsync(
        Kubectl kubectl, SelectedTarget target, RenderedTarget? rendered, bool prune, CancellationToken cancellationToken)
    {
        var version = await kubectl.GetRawAsync(target.Context, "/version", cancellationToken);
        if (!version.Succeeded)
        {
            return [new ApplyProblem(target.Name, ProblemKind.Environment,
                $"the API server of context '{target.Context}' did not answer: {version.ErrorLine}",
                "Check the network path to the cluster and the credentials in the kubeconfig.")];
        }

        var objects = rendered?.Objects ?? [];
        var needed = objects.Select(o => (o.ApiVersion, o.Kind)).ToList();
        if (prune)
        {
            needed.Add(("v1", "Secret"));
        }

        var problems = new List<ApplyProblem>();
        foreach (var group in needed.Distinct().GroupBy(n => n.ApiVersion).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var served = await ServedKindsAsync(kubectl, target.Context, group.Key, cancellationToken);
            if (served.Error is { } error)
            {
                problems.Add(new ApplyProblem(target.Name, ProblemKind.Environment,
                    $"could not read {group.Key} from context '{target.Context}': {error}", "Retry; check the API server's health."));
                continue;
            }

            foreach (var (apiVersion, kind) in group.Where(n => !served.Kinds.Contains(n.Kind)).OrderBy(n => n.Kind, StringComparer.Ordinal))
            {
                problems.Add(new ApplyProblem(target.Name, ProblemKind.User,
                    $"{kind} ({apiVersion}) is not served by context '{target.Context}'", HowToServe(apiVersion, kind, target)));
            }
        }

        var namespaces = await kubectl.RunAsync(target.Context, ["get", "namespaces", "-o", "name", "--request-timeout=10s"], cancellationToken);
        if (!namespaces.Succeeded)
        {
            problems.Add(new ApplyProblem(target.Name, ProblemKind.Environment,
                $"could not list namespaces on context '{target.Context}': {namespaces.ErrorLine}", "Check the credentials' rights to list namespaces."));
            return problems;
        }

        var existing = namespaces.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.StartsWith("namespace/", StringComparison.Ordinal) ? n["namespace/".Length..] : n)
            .Concat(objects.Where(o => o.Group.Length == 0 && o.Kind == "Namespace").Select(o => o.Name))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var ns in objects.Where(o => o.Kind != "Namespace").Select(o => o.EffectiveNamespace).Distinct()
                     .Where(ns => !existing.Contains(ns)).Order(StringComparer.Ordinal))
        {
            problems.Add(new ApplyProblem(target.Name, ProblemKind.User,
                $"namespace '{ns}' does not exist on context '{target.Context}' and is not part of the output",
                $"Declare the namespace in the topology, or create it: kubectl --context {target.Context} create namespace {ns}"));
        }

        return problems;
    }

    private static async Task<(IReadOnlySet<string> Kinds, string? Error)> ServedKindsAsync(
        Kubectl kubectl, string context, string apiVersion, CancellationToken cancellationToken)
    {
        var path = apiVersion.Contains('/') ? $"/apis/{apiVersion}" : $"/api/{apiVersion}";
        var result = await kubectl.GetRawAsync(context, path, cancellationToken);
        if (!result.Succeeded)
        {
            // A group version the server does not know is a 404, which is an answer, not a failure.
            return result.Stderr.Contains("NotFound", StringComparison.Ordinal)
                ? (new HashSet<string>(), null)
                : (new HashSet<string>(), result.ErrorLine);
        }

        try
        {
            using var document = JsonDocument.Parse(result.Stdout);
            return (document.RootElement.GetProperty("resources").EnumerateArray()
                .Where(r => !(r.GetProperty("name").GetString() ?? "").Contains('/'))
                .Select(r => r.GetProperty("kind").GetString() ?? "")
                .ToHashSet(StringComparer.Ordinal), null);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return (new HashSet<string>(), $"{path} did not return an APIResourceList");
        }
    }

    private static string HowToServe(string apiVersion, string kind, SelectedTarget target) => apiVersion switch
    {
        _ when apiVersion.StartsWith("istio.alibabacloud.com/", StringComparison.Ordinal) =>
            $"{kind} is served by an ASM instance's API server; check that context '{target.Context}' points at the ASM control plane " +
            $"(or pass --context {target.Name}=<ASM context>).",
        _ when apiVersion.StartsWith("networking.istio.io/", StringComparison.Ordinal) =>
            $"Install Istio's CRDs there, or set Mesh.NetworkingApiVersion to a version the server lists " +
            $"(kubectl --context {target.Context} api-versions | grep networking.istio.io) and render again.",
        _ when apiVersion.StartsWith("argoproj.io/", StringComparison.Ordinal) =>
            $"Install Argo CD on context '{target.Context}', or pass the context where it runs with --argocd.",
        _ => $"Install the CRD that serves {kind} in {apiVersion} on context '{target.Context}'.",
    };
}
