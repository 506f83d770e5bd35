using Manifests.Model;
using Manifests.Render.Build.Routing;
using Manifests.Render.Build.Workloads;

namespace Manifests.Render.Build;

/// <summary>
/// One object of each core kind, with every optional part set, built for the emitter's warm-up: the first build
/// and emission of a kind cost more than the next (types loaded, statics initialized, generic code compiled).
/// </summary>
internal static class WarmUpObjects
{
    public static IReadOnlyList<BuiltObject> Build()
    {
        var service = new Service("warm-up")
        {
            Ports = [new ServicePort("http", 80) { TargetPort = 8080, Protocol = TransportProtocol.Tcp }],
            Labels = new Dictionary<string, string> { ["label"] = "value" },
            Annotations = new Dictionary<string, string> { ["annotation"] = "value" },
            Versions =
            [
                new ServiceVersion("v1")
                {
                    Image = "warm-up:1",
                    Clusters = [],
                    Env = [EnvironmentVariable.Literal("A", "b"), EnvironmentVariable.FromSecret("C", "d", "e")],
                },
            ],
        };
        return
        [
            WorkloadBuilder.Namespace("warm-up"),
            WorkloadBuilder.Service(service),
            WorkloadBuilder.ServiceAccount(service),
            WorkloadBuilder.Deployment(service, service.Versions[0], policy: null),
            RoutingBuilder.DestinationRule(service, IstioApiVersion.V1),
        ];
    }
}
