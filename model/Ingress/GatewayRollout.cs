namespace Manifests.Model;

/// <summary>The rolling update of an <see cref="IngressGateway"/>'s pods.</summary>
public sealed record GatewayRollout
{
    /// <summary>ASM's defaults: surge 100%, at most 25% unavailable.</summary>
    public static GatewayRollout Default { get; } = new();

    /// <summary>The rolling update's max surge, a count or a percentage.</summary>
    public string MaxSurge { get; init; } = "100%";

    /// <summary>The rolling update's max unavailable, a count or a percentage.</summary>
    public string MaxUnavailable { get; init; } = "25%";
}
