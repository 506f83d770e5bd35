using Manifests.Render.Build;

namespace Manifests.Tests.Routing;

/// <summary>Durations are written as Istio's own documents write them; each expectation names where Istio writes it so.</summary>
public sealed class IstioDurationTests
{
    [Theory]
    // istio.io, Tasks > Traffic Management > Request Timeouts: "timeout: 0.5s".
    [InlineData(500, "0.5s")]
    // istio.io, Tasks > Traffic Management > Fault Injection: "fixedDelay: 7s".
    [InlineData(7_000, "7s")]
    // istio.io, Reference > Destination Rule, OutlierDetection example: "interval: 5m", "baseEjectionTime: 15m".
    [InlineData(300_000, "5m")]
    [InlineData(900_000, "15m")]
    // Go's time.ParseDuration (which CEL's duration() follows) reads "1h" and "1.5s" as written.
    [InlineData(3_600_000, "1h")]
    [InlineData(1_500, "1.5s")]
    [InlineData(30, "0.03s")]
    [InlineData(90_000, "90s")]
    public void Duration_is_written_as_Istio_writes_it(int milliseconds, string expected) =>
        Assert.Equal(expected, IstioDuration.Format(TimeSpan.FromMilliseconds(milliseconds)));

    [Fact]
    public void Duration_below_a_millisecond_keeps_every_tick() =>
        Assert.Equal("0.0001234s", IstioDuration.Format(TimeSpan.FromTicks(1_234)));
}
