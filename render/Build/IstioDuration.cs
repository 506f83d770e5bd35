using System.Globalization;

namespace Manifests.Render.Build;

/// <summary>
/// A <see cref="TimeSpan"/> written the way Istio's documents write durations (<c>0.5s</c>, <c>7s</c>, <c>5m</c>,
/// <c>1h</c>): Go's duration syntax, which the CRDs' CEL <c>duration()</c> and istiod both read.
/// </summary>
internal static class IstioDuration
{
    /// <summary>The largest unit that divides the value exactly (hours, minutes, seconds), else seconds with decimals.</summary>
    public static string Format(TimeSpan value)
    {
        var ticks = value.Ticks;
        if (ticks == 0)
        {
            return "0s";
        }

        if (ticks % TimeSpan.TicksPerHour == 0)
        {
            return Whole(ticks / TimeSpan.TicksPerHour, "h");
        }

        if (ticks % TimeSpan.TicksPerMinute == 0)
        {
            return Whole(ticks / TimeSpan.TicksPerMinute, "m");
        }

        if (ticks % TimeSpan.TicksPerSecond == 0)
        {
            return Whole(ticks / TimeSpan.TicksPerSecond, "s");
        }

        // A tick is 100 ns, so seven decimals of a second say every value exactly.
        return ((decimal)ticks / TimeSpan.TicksPerSecond).ToString("0.#######", CultureInfo.InvariantCulture) + "s";
    }

    /// <summary>An optional duration: <see langword="null"/> (the field left out) when none is set.</summary>
    public static string? Format(TimeSpan? value) => value is { } given ? Format(given) : null;

    private static string Whole(long count, string unit) => count.ToString(CultureInfo.InvariantCulture) + unit;
}
