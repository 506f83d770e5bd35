namespace Manifests.Apply;

/// <summary>Turns the declared targets and the options into the targets of this run, in apply order.</summary>
public static class TargetSelection
{
    /// <summary>The folder under the output root that holds the Argo CD objects.</summary>
    public const string ArgoCdFolder = "argocd";

    /// <summary>Chooses targets: <c>--target</c> subset, <c>--context</c> overrides, clusters by name then the mesh.</summary>
    /// <returns>The chosen targets in order, and every mistake in the options at once.</returns>
    public static (IReadOnlyList<SelectedTarget> Targets, IReadOnlyList<ApplyProblem> Problems) Select(ApplyRequest request)
    {
        var problems = new List<ApplyProblem>();
        var known = request.Targets.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var names = string.Join(", ", known.Order(StringComparer.Ordinal));
        foreach (var name in request.OnlyTargets.Where(n => !known.Contains(n)))
        {
            problems.Add(new ApplyProblem(name, ProblemKind.Usage, $"--target {name} is not a target of this topology",
                $"Use one of: {names}."));
        }

        foreach (var name in request.ContextOverrides.Keys.Where(n => !known.Contains(n)).Order(StringComparer.Ordinal))
        {
            problems.Add(new ApplyProblem(name, ProblemKind.Usage, $"--context {name}=… names no target of this topology",
                $"Use one of: {names}."));
        }

        if (request.ArgoCdContext is { } argoContext)
        {
            var folder = Path.Combine(request.OutputRoot, ArgoCdFolder);
            if (!Directory.Exists(folder))
            {
                problems.Add(new ApplyProblem(ArgoCdFolder, ProblemKind.User, $"{folder} does not exist",
                    "Declare ArgoCd delivery on the mesh and render again."));
            }

            return ([new SelectedTarget(ArgoCdFolder, TargetKind.ArgoCd, argoContext, folder)], problems);
        }

        var chosen = request.Targets
            .Where(t => request.OnlyTargets.Count == 0 || request.OnlyTargets.Contains(t.Name, StringComparer.Ordinal))
            .OrderBy(t => t.Kind)
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => new SelectedTarget(
                t.Name,
                t.Kind,
                request.ContextOverrides.TryGetValue(t.Name, out var context) ? context : t.Context,
                Path.Combine(request.OutputRoot, t.Name)))
            .ToList();
        foreach (var target in chosen.Where(t => !Directory.Exists(t.Folder)))
        {
            problems.Add(new ApplyProblem(target.Name, ProblemKind.User, $"{target.Folder} does not exist",
                "Run the render (dotnet build) first, or check --out."));
        }

        return (chosen, problems);
    }
}
