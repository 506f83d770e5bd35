using System;
using System.Collections.Generic;
using System.Globalization;

namespace Manifests.Rules;

/// <summary>Destination policy (MESH100–199, the routing block): the values and settings of a service's DestinationRule.</summary>
internal static partial class RuleDescriptors
{
    /// <summary>A count is negative, a percentage lies outside 0–100, or a duration is under 1 ms.</summary>
    public static readonly RuleDescriptor DestinationValueOutOfRange = new("MESH100", "Destination policy value out of range", RuleSeverity.Error,
        "give counts of 0 or more, percentages from 0 to 100, and durations of at least 1 ms", null);

    /// <summary>Locality failover without outlier detection: Istio ignores the failover.</summary>
    public static readonly RuleDescriptor FailoverWithoutOutlierDetection = new("MESH101", "Locality failover without outlier detection", RuleSeverity.Error,
        "add OutlierDetection to the same destination policy; Istio ignores failover without it", null);

    /// <summary>A consistent hash on a service split by weight over several versions: a session can change version.</summary>
    public static readonly RuleDescriptor ConsistentHashOverWeights = new("MESH102", "Consistent hash on traffic split by weight", RuleSeverity.Warning,
        "send all traffic to one version, or drop the consistent hash: the weighted split picks a version per request before the hash picks an endpoint", null);

    /// <summary>A failover region that no declared cluster is in.</summary>
    public static readonly RuleDescriptor UnknownFailoverRegion = new("MESH103", "Failover region that no cluster is in", RuleSeverity.Error,
        "name the Region of a declared cluster, or set Region on the cluster that is in it", null);
}

internal static partial class TopologyRules
{
    private static readonly TimeSpan MinimumPolicyDuration = TimeSpan.FromMilliseconds(1);

    private static void CheckDestinations(MeshFacts mesh, List<RuleFinding> findings)
    {
        HashSet<string>? regions = null;
        foreach (var service in mesh.Services)
        {
            if (service.Destination is not { } policy)
            {
                continue;
            }

            foreach (var value in policy.Values)
            {
                if (value.Value.Value is { } number && (number < 0 || number > value.Maximum))
                {
                    Report(findings, RuleDescriptors.DestinationValueOutOfRange, value.Value.Location, ValueOutOfRange(service, value.Field, number, value.Maximum));
                }
            }

            foreach (var duration in policy.Durations)
            {
                // The DestinationRule CRD's own rule for each of these fields: duration(self) >= duration('1ms').
                if (duration.Value.Value is { } given && given < MinimumPolicyDuration)
                {
                    Report(findings, RuleDescriptors.DestinationValueOutOfRange, duration.Value.Location, DurationTooShort(service, duration.Field, given));
                }
            }

            if (policy.Failover is { } failover && policy.HasOutlierDetection == false)
            {
                Report(findings, RuleDescriptors.FailoverWithoutOutlierDetection, failover, FailoverWithoutOutliers(service));
            }

            if (policy.ConsistentHash is { } hash && SplitsOverVersions(service.Traffic))
            {
                Report(findings, RuleDescriptors.ConsistentHashOverWeights, hash, HashOverWeights(service));
            }

            if (policy.FailoverRegions.Count == 0 || (regions ??= KnownRegions(mesh)) is not { } known)
            {
                continue;
            }

            foreach (var region in policy.FailoverRegions)
            {
                if (region.Value is { } name && !known.Contains(name))
                {
                    Report(findings, RuleDescriptors.UnknownFailoverRegion, region.Location, UnknownRegion(service, name, known));
                }
            }
        }

        // Each message is its own method, formatted (and compiled) only when its finding is made.
        static string ValueOutOfRange(ServiceFacts service, string field, int value, int maximum) =>
            $"The destination policy of '{service.Name}' sets {field} to {value.ToString(CultureInfo.InvariantCulture)}; Istio takes " +
            (maximum == 100 ? "a percentage from 0 to 100." : "a count of 0 or more.");

        static string DurationTooShort(ServiceFacts service, string field, TimeSpan value) =>
            $"The destination policy of '{service.Name}' sets {field} to {value.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms; Istio refuses a duration under 1 ms.";

        static string FailoverWithoutOutliers(ServiceFacts service) =>
            $"The destination policy of '{service.Name}' gives locality failover without outlier detection; Istio ignores the failover then.";

        static string HashOverWeights(ServiceFacts service) =>
            $"The destination policy of '{service.Name}' hashes requests to endpoints, but its traffic is split by weight over several versions: requests of one session can reach different versions.";

        static string UnknownRegion(ServiceFacts service, string region, HashSet<string> known) =>
            $"The locality failover of '{service.Name}' names region '{region}', which no declared cluster is in (regions: " +
            (known.Count == 0 ? "none; set Region on the clusters" : string.Join(", ", System.Linq.Enumerable.OrderBy(known, r => r, StringComparer.Ordinal))) + ").";
    }

    /// <summary>Whether the policy sends traffic to more than one version by weight (weights above 0).</summary>
    private static bool SplitsOverVersions(TrafficFacts? traffic)
    {
        if (traffic is not { Kind: PolicyKind.Weighted })
        {
            return false;
        }

        var versions = 0;
        foreach (var weight in traffic.Weights)
        {
            versions += weight.Weight is null or > 0 ? 1 : 0;
        }

        return versions > 1;
    }

    /// <summary>The regions of the declared clusters; null when one cluster's region is not known.</summary>
    private static HashSet<string>? KnownRegions(MeshFacts mesh)
    {
        var regions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cluster in mesh.Clusters)
        {
            if (!cluster.RegionKnown)
            {
                return null;
            }

            if (cluster.Region != null)
            {
                regions.Add(cluster.Region);
            }
        }

        return regions;
    }
}
