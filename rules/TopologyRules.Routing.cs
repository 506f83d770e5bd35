using System;
using System.Collections.Generic;
using System.Linq;

namespace Manifests.Rules;

public static partial class TopologyRules
{
    private static void CheckPolicies(MeshFacts mesh, List<RuleFinding> findings)
    {
        // One set for every service's version names, emptied between services rather than made anew for each.
        var versions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var service in mesh.Services)
        {
            var policy = service.Policy;
            if (policy == null || policy.Kind == PolicyKind.Spread)
            {
                continue;
            }

            versions.Clear();
            for (var i = 0; i < service.Versions.Count; i++)
            {
                if (service.Versions[i].Name is { } name)
                {
                    versions.Add(name);
                }
            }

            var allWeighted = true;
            for (var i = 0; i < policy.Weights.Count; i++)
            {
                var weight = policy.Weights[i];
                if (weight.Version.Name != null && !versions.Contains(weight.Version.Name))
                {
                    Report(findings, RuleDescriptors.UnknownVersion, weight.Version.Location, UnknownVersion(service, weight.Version.Name, versions));
                }

                allWeighted &= weight.Weight != null;
            }

            if (policy.Kind == PolicyKind.Weighted && allWeighted)
            {
                // Summed as long: int.MaxValue-sized weights are a user's mistake to report, not an overflow to throw.
                long sum = 0;
                var inRange = true;
                for (var i = 0; i < policy.Weights.Count; i++)
                {
                    var value = policy.Weights[i].Weight!.Value;
                    sum += value;
                    inRange &= value >= 0 && value <= 100;
                }

                if (!inRange || sum != 100)
                {
                    Report(findings, RuleDescriptors.BadWeights, policy.Location, BadWeights(service, policy, sum));
                }
            }
        }

        // Each message is its own method, formatted (and compiled) only when its finding is made.
        static string UnknownVersion(ServiceFacts service, string version, HashSet<string> versions) =>
            $"The traffic policy of '{service.Name}' names version '{version}', which '{service.Name}' does not have (it has: {string.Join(", ", versions.OrderBy(v => v, StringComparer.Ordinal))}).";

        static string BadWeights(ServiceFacts service, PolicyFacts policy, long sum) =>
            $"The weights of '{service.Name}' are {string.Join(", ", policy.Weights.Select(w => w.Weight!.Value).ToList())} (sum {sum}).";
    }
}
