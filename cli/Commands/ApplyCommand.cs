using System.CommandLine;
using Manifests.Apply;

namespace Manifests.Cli.Commands;

/// <summary>What <c>apply</c> needs from the rest of the CLI: the targets and whether the output is current.</summary>
/// <param name="Targets">The targets the topology declares, given the <c>--out</c> folder.</param>
/// <param name="StaleOutput">Why the output under <c>--out</c> is stale (render --check), or <see langword="null"/> when it is current.</param>
public sealed record ApplyCommandInputs(
    Func<string, IReadOnlyList<ApplyTarget>> Targets,
    Func<string, string?> StaleOutput)
{
    /// <summary>The kubectl executable.</summary>
    public string KubectlPath { get; init; } = "kubectl";

    /// <summary>Extra environment for kubectl and argocd.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}

/// <summary>Builds the <c>apply</c> command: options in, an <see cref="ApplyRequest"/> to <see cref="ApplyStage"/> out.</summary>
public static class ApplyCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(ApplyCommandInputs inputs)
    {
        var context = new Option<string[]>("--context")
        {
            Description = "Use this kubeconfig context for a target, as target=context (repeatable).",
            HelpName = "target=context",
        };
        context.Validators.Add(result =>
        {
            foreach (var bad in result.GetValueOrDefault<string[]>()?.Where(v => !ContextOverride.TryParse(v, out _, out _)) ?? [])
            {
                result.AddError($"--context {bad}: expected target=context, e.g. --context m1c1=prod-m1c1");
            }
        });
        var kubeconfig = new Option<string?>("--kubeconfig") { Description = "The kubeconfig file kubectl uses.", HelpName = "file" };
        var target = new Option<string[]>("--target") { Description = "Apply only this target (repeatable).", HelpName = "name" };
        var dryRun = new Option<string>("--dry-run")
        {
            Description = "client: kubectl only prints; server: the API server validates and discards.",
            DefaultValueFactory = _ => "none",
        };
        dryRun.AcceptOnlyFromAmong("none", "client", "server");
        var diff = new Option<bool>("--diff") { Description = "Show what would change (kubectl diff) instead of applying." };
        var prune = new Option<bool>("--prune") { Description = "Delete objects applied before and no longer rendered (through an ApplySet)." };
        var preflight = new Option<bool>("--preflight") { Description = "Only check contexts, reachability, served kinds and namespaces." };
        var force = new Option<bool>("--force") { Description = "Apply stale output, and take over fields owned by other managers." };
        var argoCd = new Option<string?>("--argocd") { Description = "Apply argocd/ to this context (where Argo CD runs) instead of the targets.", HelpName = "context" };
        var argoCdWait = new Option<bool>("--argocd-wait") { Description = "After --argocd, wait for sync and health (needs the argocd CLI)." };
        var output = new Option<string>("--out")
        {
            Description = "The rendered output folder.",
            HelpName = "folder",
            DefaultValueFactory = _ => "manifests-out",
        };

        var command = new Command("apply", """
            Apply the rendered folders with kubectl (server-side apply, field manager 'manifests'):
            clusters first in name order, the mesh control plane last. Preflight runs first and stops on any problem.

            Examples:
              apply --context m1c1=prod-a --context m1c2=prod-b --context mesh=asm-prod
              apply --target mesh --diff
              apply --dry-run server --prune
            """ + ExitCodes.Help)
        {
            context, kubeconfig, target, dryRun, diff, prune, preflight, force, argoCd, argoCdWait, output,
        };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var root = parse.GetValue(output)!;
            IReadOnlyList<ApplyTarget> targets;
            string? staleReason;
            try
            {
                targets = inputs.Targets(root);
                staleReason = inputs.StaleOutput(root);
            }
            catch (CommandInputException e)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: {e.Message}");
                return e.Error.ExitCode;
            }

            var request = new ApplyRequest
            {
                OutputRoot = root,
                Targets = targets,
                ContextOverrides = ContextOverride.ToDictionary(parse.GetValue(context) ?? []),
                Kubeconfig = parse.GetValue(kubeconfig),
                OnlyTargets = parse.GetValue(target) ?? [],
                DryRun = parse.GetValue(dryRun) switch { "client" => DryRunMode.Client, "server" => DryRunMode.Server, _ => DryRunMode.None },
                Diff = parse.GetValue(diff),
                Prune = parse.GetValue(prune),
                PreflightOnly = parse.GetValue(preflight),
                Force = parse.GetValue(force),
                StaleOutputReason = staleReason,
                ArgoCdContext = parse.GetValue(argoCd),
                ArgoCdWait = parse.GetValue(argoCdWait),
                KubectlPath = inputs.KubectlPath,
                Environment = inputs.Environment,
            };
            var error = parse.InvocationConfiguration.Error;
            var report = await ApplyStage.RunAsync(request, line => error.WriteLine(line), cancellationToken);
            await parse.InvocationConfiguration.Output.WriteAsync(ApplyReportFormatter.Format(report));
            return report.ExitCode;
        });
        return command;
    }
}
