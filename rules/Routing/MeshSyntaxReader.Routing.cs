using System.Collections.Generic;
using Manifests.Model;
using Manifests.Rules;

namespace Manifests.Generator.Topology.Reading;

// Generator only: the routing facts read from the syntax of a declaration (the render reads them from values in RoutingFacts.cs).
internal sealed partial class MeshSyntaxReader
{
    /// <summary>A service's traffic policy, from the model's factories (<c>Spread</c>, <c>AllTo</c>, <c>Weighted</c>).</summary>
    private TrafficFacts? ReadTraffic(ScopedExpression? expression)
    {
        var policy = reader.ReadObject(expression);
        var location = policy == null ? FactLocation.None : reader.Locate(policy.Origin);
        if (policy == null || !policy.IsOf<TrafficPolicy>())
        {
            return null;
        }

        switch (policy.Factory)
        {
            case nameof(TrafficPolicy.Spread):
                return new TrafficFacts { Kind = PolicyKind.Spread, Location = location };
            case nameof(TrafficPolicy.AllTo):
                // The short form of Weighted: one version at the full weight, read as the model builds it.
                var (version, versionLocation) = reader.ReadString(policy.Argument(nameof(VersionWeight.Version)));
                return new TrafficFacts
                {
                    Kind = PolicyKind.Weighted,
                    Weights = new[] { new WeightFacts { Version = new NameReference(version, versionLocation), Weight = VersionWeight.Full } },
                    Location = location,
                };
            case nameof(TrafficPolicy.Weighted):
                var (items, complete) = reader.ReadArgumentList(policy, nameof(WeightedPolicy.Weights));
                var weights = new List<WeightFacts>();
                foreach (var item in items)
                {
                    weights.Add(ReadWeight(item));
                }

                if (!complete)
                {
                    weights.Add(new WeightFacts { Version = new NameReference(null, location) });
                }

                return new TrafficFacts { Kind = PolicyKind.Weighted, Weights = weights, Location = location };
            default:
                return null;
        }
    }

    private WeightFacts ReadWeight(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } weight || !weight.Is<VersionWeight>())
        {
            return new WeightFacts { Version = new NameReference(null, reader.Locate(expression)) };
        }

        var (version, location) = reader.ReadString(weight.Argument(nameof(VersionWeight.Version)));
        return new WeightFacts { Version = new NameReference(version, location), Weight = reader.ReadInt(weight.Argument(nameof(VersionWeight.Weight))) };
    }

    /// <summary>The traffic of a service that sets none: the model's default policy, which names no version, at the service.</summary>
    private static TrafficFacts DefaultTraffic(FactLocation service) => new()
    {
        Kind = ModelDefaults.Traffic is SpreadPolicy ? PolicyKind.Spread : PolicyKind.Weighted,
        Location = service,
    };
}
