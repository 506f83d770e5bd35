using System.Globalization;
using Manifests.Model;

namespace Manifests.Perf.Tests;

/// <summary>
/// One service whose annotations carry <see cref="AdversarialStrings"/>: each string once as a value
/// (under a plain key) and once as a key, so the real emitter writes every string in both positions.
/// </summary>
internal static class ScalarTopology
{
    public static Mesh Declare()
    {
        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < AdversarialStrings.QuotingCases.Length; i++)
        {
            annotations["value-" + i.ToString("D3", CultureInfo.InvariantCulture)] = AdversarialStrings.QuotingCases[i];
            annotations[AdversarialStrings.QuotingCases[i]] = "key-" + i.ToString("D3", CultureInfo.InvariantCulture);
        }

        return new Mesh("scalars")
        {
            Clusters = [new Cluster("c1")],
            Services =
            [
                new Service("scalars")
                {
                    Ports = [new ServicePort("http", 8080)],
                    Annotations = annotations,
                    Versions = [new ServiceVersion("v1") { Image = "example/scalars:1.0", Clusters = ["c1"] }],
                },
            ],
        };
    }
}
