using System;
using System.Collections.Generic;
using System.Linq;

namespace Manifests.Rules;

/// <summary>Routing and destination policy (MESH100–199): how traffic to a service is divided over its versions.</summary>
internal static partial class RuleDescriptors
{
    /// <summary>A policy names a version the service lacks.</summary>
    public static readonly RuleDescriptor UnknownVersion = new("MESH006", "Traffic policy names a version the service does not have", RuleSeverity.Error,
        "name one of the service's versions, or declare the version", "IST0101");

    /// <summary>Weights are negative or do not sum to 100.</summary>
    public static readonly RuleDescriptor BadWeights = new("MESH008", "Weights are negative or do not sum to 100", RuleSeverity.Error,
        "use weights from 0 to 100 that add up to exactly 100", null);
}

internal static partial class TopologyRules
{
    private static void CheckRouting(MeshFacts mesh, List<RuleFinding> findings)
    {
        // One set for every service's version names, emptied between services rather than made anew for each.
        var versions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var service in mesh.Services)
        {
            var policy = service.Traffic;
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

        static string BadWeights(ServiceFacts service, TrafficFacts policy, long sum) =>
            $"The weights of '{service.Name}' are {string.Join(", ", policy.Weights.Select(w => w.Weight!.Value).ToList())} (sum {sum}).";
    }
}
