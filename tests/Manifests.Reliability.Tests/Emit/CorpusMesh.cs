using Manifests.Model;
using Manifests.Reliability.Tests.Support;

namespace Manifests.Reliability.Tests.Emit;

/// <summary>The adversarial strings placed everywhere a topology can put free text: annotations, env values, hosts, label values.</summary>
internal static class CorpusMesh
{
    public static IReadOnlyList<string> Values { get; } = AdversarialStrings.ReadBackCorpus.Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Label values must be valid Kubernetes label values; the corpus strings that are go there too.</summary>
    public static IReadOnlyList<string> LabelValues { get; } = Values.Where(v => v.Length <= 63 &&
        (v.Length == 0 || (char.IsAsciiLetterOrDigit(v[0]) && char.IsAsciiLetterOrDigit(v[^1]) && v.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))).ToList();

    public static string AnnotationKey(int i) => $"corpus.example.com/a{i:D3}";

    public static string LabelKey(int i) => $"corpus.example.com/l{i:D3}";

    public static string EnvName(int i) => $"CORPUS_{i:D3}";

    /// <summary>The mesh; <paramref name="order"/> decides the order in which its dictionaries are filled.</summary>
    public static Mesh Build(Func<IEnumerable<int>, IEnumerable<int>>? order = null)
    {
        order ??= indices => indices;
        var annotations = new Dictionary<string, string>();
        foreach (var i in order(Enumerable.Range(0, Values.Count)))
        {
            annotations[AnnotationKey(i)] = Values[i];
        }

        var labels = new Dictionary<string, string>();
        foreach (var i in order(Enumerable.Range(0, LabelValues.Count)))
        {
            labels[LabelKey(i)] = LabelValues[i];
        }

        var corpus = new Service("corpus")
        {
            Ports = [new ServicePort("http", 8080)],
            Labels = labels,
            Annotations = annotations,
            Versions =
            [
                new ServiceVersion("v1")
                {
                    Image = "registry.example.com/corpus:1.0.0",
                    Clusters = ["c1"],
                    Labels = labels,
                    Env = [.. Values.Select((v, i) => EnvironmentVariable.Literal(EnvName(i), v))],
                },
            ],
        };

        return SmallMesh.Valid with
        {
            Services = [SmallMesh.Shop, SmallMesh.Stock, corpus],
            IngressRoutes = [SmallMesh.Route, new IngressRoute("corpus") { Gateways = ["web-gateway"], Hosts = Values, Http = [new HttpRoute { Destination = new RouteDestination("corpus", 8080) }] }],
        };
    }
}
