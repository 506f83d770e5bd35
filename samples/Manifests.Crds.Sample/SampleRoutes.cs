using k8s.Models;
using Manifests.Crds.Istio.Networking.V1Alpha3;

namespace Manifests.Crds.Sample;

/// <summary>A VirtualService written against the generated types, as the render will write one.</summary>
public static class SampleRoutes
{
    /// <summary>Routes all of <c>reviews</c> to subset v3 on port 9080.</summary>
    public static VirtualService ReviewsToV3() => new()
    {
        Metadata = new V1ObjectMeta { Name = "reviews", NamespaceProperty = "default" },
        Spec = new VirtualServiceSpec
        {
            Hosts = ["reviews"],
            Http =
            [
                new VirtualServiceSpecHttp
                {
                    Route =
                    [
                        new VirtualServiceSpecHttpRoute
                        {
                            Destination = new VirtualServiceSpecHttpRouteDestination
                            {
                                Host = "reviews",
                                Subset = "v3",
                                Port = new VirtualServiceSpecHttpRouteDestinationPort { Number = 9080 },
                            },
                        },
                    ],
                },
            ],
        },
    };
}
