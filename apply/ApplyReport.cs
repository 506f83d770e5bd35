namespace Manifests.Apply;

/// <summary>How a target ended.</summary>
public enum TargetStatus
{
    /// <summary>Every step succeeded (for a dry run or diff: every step ran).</summary>
    Applied,

    /// <summary>Preflight passed; nothing was applied (<c>--preflight</c>).</summary>
    Checked,

    /// <summary>A step failed; later steps of this target did not run.</summary>
    Failed,

    /// <summary>Not started because of an earlier failure.</summary>
    Skipped,
}

/// <summary>One kubectl run as it happened.</summary>
/// <param name="Step">The planned step.</param>
/// <param name="Succeeded">Whether it did what it should (for a diff, exit code 1 means "differences" and counts as success).</param>
/// <param name="HasDifferences">For a diff: whether kubectl found differences.</param>
/// <param name="Output">kubectl's stdout.</param>
/// <param name="Error">kubectl's stderr.</param>
public sealed record StepResult(ApplyStep Step, bool Succeeded, bool HasDifferences, string Output, string Error);

/// <summary>How one target went.</summary>
/// <param name="Target">The target.</param>
/// <param name="Status">The outcome.</param>
/// <param name="Reason">Why it failed or was skipped, or a short note; empty when there is nothing to say.</param>
/// <param name="Steps">The steps that ran.</param>
public sealed record TargetResult(SelectedTarget Target, TargetStatus Status, string Reason, IReadOnlyList<StepResult> Steps)
{
    /// <summary>Objects handed to kubectl by the steps that succeeded (the prune run is not counted twice).</summary>
    public int ObjectCount => Steps.Where(s => s.Succeeded && s.Step.Purpose != StepPurpose.Prune).Sum(s => s.Step.Objects.Count);
}

/// <summary>Everything the apply stage has to say; the CLI prints it and exits with <see cref="ExitCode"/>.</summary>
/// <param name="Problems">What stopped the run before it touched anything (empty when it went ahead).</param>
/// <param name="Plan">The plan, when one was made.</param>
/// <param name="Targets">Per-target results, in apply order.</param>
/// <param name="Notes">Remarks that are not failures (e.g. the argocd CLI is absent).</param>
/// <param name="Next">What to run next.</param>
/// <param name="ExitCode">0 ok, 1 findings (stale output, differences under --diff), 2 a server or the environment failed, 3 a usage error.</param>
public sealed record ApplyReport(
    IReadOnlyList<ApplyProblem> Problems,
    ApplyPlan? Plan,
    IReadOnlyList<TargetResult> Targets,
    IReadOnlyList<string> Notes,
    string Next,
    int ExitCode);
