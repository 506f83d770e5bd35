namespace Manifests.Apply;

/// <summary>
/// The apply stage: refuse stale output, choose targets, read their folders, preflight, plan, then run kubectl
/// target by target (clusters by name, the mesh last). Takes an <see cref="ApplyRequest"/>, returns an <see cref="ApplyReport"/>.
/// </summary>
public static class ApplyStage
{
    /// <summary>Runs the stage.</summary>
    /// <param name="request">Plain inputs from the CLI.</param>
    /// <param name="progress">Receives a line as each step finishes (the CLI writes them to stderr).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<ApplyReport> RunAsync(
        ApplyRequest request, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        // A preflight writes nothing, so stale output does not stop it; everything else would act on old files.
        if (request.StaleOutputReason is { } stale && !request.Force && !request.PreflightOnly)
        {
            return Stopped([new ApplyProblem("*", ProblemKind.User, $"the rendered output is stale: {stale}",
                "Render again (dotnet build), or pass --force to apply the output as it is.")]);
        }

        var (targets, selectionProblems) = TargetSelection.Select(request);
        if (selectionProblems.Count > 0)
        {
            return Stopped(selectionProblems);
        }

        var rendered = new Dictionary<string, RenderedTarget>(StringComparer.Ordinal);
        var readProblems = new List<ApplyProblem>();
        foreach (var target in targets)
        {
            var (folder, problems) = RenderedFolderReader.Read(target.Name, target.Folder);
            rendered[target.Name] = folder;
            readProblems.AddRange(problems);
        }

        if (readProblems.Count > 0)
        {
            return Stopped(readProblems);
        }

        var kubectl = new Kubectl(request.KubectlPath, request.Kubeconfig, request.Environment, request.StepTimeout);
        var preflight = await Preflight.CheckAsync(kubectl, targets, rendered, request.Prune, cancellationToken);
        if (preflight.Count > 0)
        {
            return Stopped(preflight);
        }

        var notes = new List<string>();
        if (request.StaleOutputReason is { } forced)
        {
            notes.Add(request.PreflightOnly
                ? $"the rendered output is stale ({forced}); render again before applying"
                : $"applied stale output because of --force ({forced})");
        }

        var live = new List<LiveDestinationRule>();
        var meshRead = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mesh in targets.Where(t => t.Kind == TargetKind.Mesh))
        {
            if (rendered[mesh.Name].Objects.FirstOrDefault(o => o.IsDestinationRule) is not { } rule)
            {
                continue;
            }

            var (rules, error) = await LiveDestinationRules.ReadAsync(kubectl, mesh.Context, rule.ApiVersion, cancellationToken);
            live.AddRange(rules);
            if (error is not null)
            {
                meshRead[mesh.Name] = error;
            }
        }

        var plan = ApplyPlanner.Plan(targets, rendered, live, request.Prune);
        if (request.PreflightOnly)
        {
            var checkedTargets = plan.Targets.Select(t => new TargetResult(t.Target, TargetStatus.Checked,
                $"{rendered[t.Target.Name].Objects.Count} objects, {t.Steps.Count} steps planned", [])).ToList();
            return new ApplyReport([], plan, checkedTargets, notes, "Run again without --preflight to apply.", 0);
        }

        var applier = new KubectlApplier(kubectl);
        var mode = new ApplyMode(request.DryRun, request.Diff, request.Force);
        var results = new List<TargetResult>();
        foreach (var target in plan.Targets)
        {
            var failedClusters = results.Where(r => r.Status == TargetStatus.Failed && r.Target.Kind == TargetKind.Cluster)
                .Select(r => r.Target.Name).ToList();
            if (target.Target.Kind == TargetKind.Mesh && failedClusters.Count > 0 && request.DryRun == DryRunMode.None && !request.Diff)
            {
                // Routes applied now could send traffic to services that did not arrive in the failed clusters.
                results.Add(new TargetResult(target.Target, TargetStatus.Skipped,
                    $"not applied because {string.Join(", ", failedClusters)} failed; mesh routes would point at services that may be missing", []));
                continue;
            }

            if (meshRead.TryGetValue(target.Target.Name, out var readError))
            {
                results.Add(new TargetResult(target.Target, TargetStatus.Failed, readError, []));
                continue;
            }

            var result = await applier.ApplyAsync(target, mode, progress, cancellationToken);
            if (result.Status == TargetStatus.Applied && target.Target.Kind == TargetKind.ArgoCd && request.ArgoCdWait)
            {
                var (waitResult, note) = await ArgoCdSync.WaitAsync(request, rendered[target.Target.Name], cancellationToken);
                result = waitResult is null ? result : result with { Status = TargetStatus.Failed, Reason = waitResult };
                notes.AddRange(note is null ? [] : [note]);
            }

            results.Add(result);
        }

        var failed = results.Any(r => r.Status is TargetStatus.Failed or TargetStatus.Skipped);
        // Like kubectl diff: differences found where asked are a finding.
        var differences = request.Diff && results.Any(r => r.Steps.Any(s => s.HasDifferences));
        return new ApplyReport([], plan, results, notes, NextStep(request, results), failed ? 2 : differences ? 1 : 0);
    }

    private static ApplyReport Stopped(IReadOnlyList<ApplyProblem> problems) =>
        new(problems, null, [], [], "Fix the problems above and run again; nothing was applied.",
            problems.Any(p => p.Kind == ProblemKind.Usage) ? 3 : problems.Any(p => p.Kind == ProblemKind.Environment) ? 2 : 1);

    private static string NextStep(ApplyRequest request, IReadOnlyList<TargetResult> results)
    {
        var notApplied = results.Where(r => r.Status != TargetStatus.Applied).Select(r => r.Target.Name).ToList();
        if (notApplied.Count > 0)
        {
            return $"Fix the failures above, then run: apply {string.Join(" ", notApplied.Select(n => $"--target {n}"))}";
        }

        return (request.Diff, request.DryRun) switch
        {
            (true, _) => "Run apply without --diff to make these changes.",
            (_, DryRunMode.Server or DryRunMode.Client) => "Run apply without --dry-run to make these changes.",
            _ => results.FirstOrDefault(r => r.Target.Kind == TargetKind.Mesh) is { } mesh
                ? $"Check the routes: kubectl --context {mesh.Target.Context} get virtualservices,destinationrules -A"
                : $"Check the workloads: kubectl --context {results.FirstOrDefault()?.Target.Context ?? "<context>"} get deployments,services -A",
        };
    }
}
