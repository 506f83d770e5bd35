using System.Diagnostics;
using System.Globalization;

namespace Manifests.Apply;

/// <summary>What kubectl is asked to do with each step.</summary>
/// <param name="DryRun">Dry-run mode.</param>
/// <param name="Diff">Run <c>kubectl diff</c> instead of apply.</param>
/// <param name="Force">Take over fields another manager owns (<c>--force-conflicts</c>).</param>
public sealed record ApplyMode(DryRunMode DryRun, bool Diff, bool Force);

/// <summary>Runs the real kubectl for each planned step of a target, stopping the target at its first failure.</summary>
/// <param name="kubectl">kubectl bound to the kubeconfig.</param>
public sealed class KubectlApplier(Kubectl kubectl)
{
    /// <summary>The field manager that owns every field this tool applies.</summary>
    public const string FieldManager = "manifests";

    /// <summary>The kubectl arguments (after the connection flags) for one step. Pure, so tests can assert it.</summary>
    public static IReadOnlyList<string> Arguments(ApplyStep step, ApplyMode mode)
    {
        var arguments = new List<string>();
        if (mode.Diff)
        {
            arguments.AddRange(["diff", "--server-side", $"--field-manager={FieldManager}"]);
        }
        else if (mode.DryRun == DryRunMode.Client)
        {
            // kubectl refuses --dry-run=client together with --server-side; a client dry run is a client-side apply.
            arguments.AddRange(["apply", "--dry-run=client", $"--field-manager={FieldManager}"]);
        }
        else
        {
            arguments.AddRange(["apply", "--server-side", $"--field-manager={FieldManager}"]);
            if (mode.DryRun == DryRunMode.Server)
            {
                arguments.Add("--dry-run=server");
            }
        }

        if (mode.Force && mode.DryRun != DryRunMode.Client)
        {
            arguments.Add("--force-conflicts");
        }

        if (step.ApplySet is { } applySet && !mode.Diff)
        {
            // Never a label-selector prune: only what this ApplySet recorded can be deleted.
            arguments.AddRange(["--prune", $"--applyset={applySet}"]);
        }

        arguments.AddRange(["--namespace", step.Namespace]);
        if (step.Purpose == StepPurpose.DestinationRulesBridge)
        {
            // The bridge objects exist only in memory and reach kubectl on stdin.
            arguments.AddRange(["-f", "-"]);
            return arguments;
        }

        foreach (var file in step.Files)
        {
            arguments.AddRange(["-f", file]);
        }

        return arguments;
    }

    /// <summary>Runs a target's steps in order.</summary>
    /// <param name="plan">The target's plan.</param>
    /// <param name="mode">Apply, dry run or diff.</param>
    /// <param name="progress">Receives one line per step.</param>
    /// <param name="cancellationToken">Stops between steps (and kills a running kubectl).</param>
    public async Task<TargetResult> ApplyAsync(
        TargetPlan plan, ApplyMode mode, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        // A diff compares with the final state; the prune rerun and the bridge add nothing to it.
        var steps = plan.Steps.Where(s => !(mode.Diff && s.Purpose is StepPurpose.Prune or StepPurpose.DestinationRulesBridge)).ToList();
        var results = new List<StepResult>();
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var clock = Stopwatch.StartNew();
            var arguments = Arguments(step, mode);
            string? bridge = null;
            if (step.Purpose == StepPurpose.DestinationRulesBridge)
            {
                (bridge, var error) = await DestinationRuleBridge.BuildAsync(kubectl, step, cancellationToken);
                if (error is not null)
                {
                    results.Add(new StepResult(step, false, false, "", error));
                    progress?.Invoke($"{plan.Target.Name}: step {i + 1}/{steps.Count} {Describe(step.Purpose)} FAILED: {error}");
                    return new TargetResult(plan.Target, TargetStatus.Failed, error, results);
                }
            }

            var run = step.ApplySet is null || mode.Diff
                ? await kubectl.RunAsync(step.Context, arguments, cancellationToken, bridge)
                : await kubectl.RunWithApplySetAsync(step.Context, arguments, cancellationToken);
            // kubectl diff exits 1 when it found differences and above 1 when it failed.
            var differences = mode.Diff && run.Outcome == ProcessOutcome.Exited && run.ExitCode == 1;
            var succeeded = run.Succeeded || differences;
            results.Add(new StepResult(step, succeeded, differences, run.Stdout, run.Stderr));
            var outcome = succeeded ? (differences ? "differences" : "ok") : $"FAILED: {run.ErrorLine}";
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"{plan.Target.Name}: step {i + 1}/{steps.Count} {Describe(step.Purpose)} in {step.Namespace} ({step.Objects.Count} objects) {outcome} [{clock.Elapsed.TotalSeconds:0.0}s]"));
            if (!succeeded)
            {
                // kubectl goes on past a failing object, so part of the step may be in place; say so.
                var partly = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
                var reason = run.Outcome == ProcessOutcome.NotFound
                    ? $"kubectl was not found (looked for '{kubectl.Executable}')"
                    : run.ErrorLine + (partly > 0 ? $" ({partly} objects of this step were applied)" : "");
                return new TargetResult(plan.Target, TargetStatus.Failed, reason, results);
            }
        }

        var note = mode.Diff ? (results.Any(r => r.HasDifferences) ? "differences found" : "no differences") : "";
        return new TargetResult(plan.Target, TargetStatus.Applied, note, results);
    }

    /// <summary>A few words for a step's purpose, for progress lines and tables.</summary>
    public static string Describe(StepPurpose purpose) => purpose switch
    {
        StepPurpose.Everything => "all objects",
        StepPurpose.Gateways => "gateways",
        StepPurpose.DestinationRulesBeforeRoutes => "destination rules (before routes)",
        StepPurpose.DestinationRulesBridge => "destination rules keeping old subsets (before routes)",
        StepPurpose.VirtualServices => "virtual services",
        StepPurpose.DestinationRulesAfterRoutes => "destination rules dropping subsets (after routes)",
        StepPurpose.Prune => "prune through ApplySet",
        StepPurpose.ArgoCd => "Argo CD objects",
        _ => purpose.ToString(),
    };
}
