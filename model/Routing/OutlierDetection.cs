using System;

namespace Manifests.Model;

/// <summary>Ejection of endpoints that keep failing (Istio's <c>outlierDetection</c>).</summary>
public sealed record OutlierDetection
{
    /// <summary>5xx answers in a row that eject an endpoint (<c>consecutive5xxErrors</c>).</summary>
    public int? Consecutive5xxErrors { get; init; }

    /// <summary>502, 503 and 504 answers in a row that eject an endpoint (<c>consecutiveGatewayErrors</c>).</summary>
    public int? ConsecutiveGatewayErrors { get; init; }

    /// <summary>Time between ejection sweeps (<c>interval</c>).</summary>
    public TimeSpan? Interval { get; init; }

    /// <summary>Minimum ejection time, multiplied by the number of times an endpoint was ejected (<c>baseEjectionTime</c>).</summary>
    public TimeSpan? BaseEjectionTime { get; init; }

    /// <summary>The most endpoints ejected at once, a percentage from 0 to 100 (<c>maxEjectionPercent</c>).</summary>
    public int? MaxEjectionPercent { get; init; }

    /// <summary>Ejection stops while fewer endpoints than this percentage (0 to 100) are healthy (<c>minHealthPercent</c>).</summary>
    public int? MinHealthPercent { get; init; }
}
