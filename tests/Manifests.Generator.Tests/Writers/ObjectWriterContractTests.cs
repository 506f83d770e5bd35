using System.Text.Json;
using System.Text.Json.Nodes;
using Manifests.Crds.Sample;
using Manifests.Generator.Tests.Infrastructure;
using Manifests.Generator.Tests.Writers.Samples;

namespace Manifests.Generator.Tests.Writers;

/// <summary>
/// The generated writers, compiled and run, write the same JSON document as <see cref="JsonSerializer"/> with the
/// render's options: the expectation is System.Text.Json itself, not the generator's idea of it.
/// </summary>
public sealed class ObjectWriterContractTests : IClassFixture<SampleWritersAssembly>
{
    private readonly SampleWritersAssembly writers;

    public ObjectWriterContractTests(SampleWritersAssembly writers) => this.writers = writers;

    public static TheoryData<string> Samples() =>
    [
        "Deployment", "Service", "Namespace", "ServiceAccount", "EmptyDeployment", "VirtualService", "IstioGateway",
        "Kitchen", "EmptyKitchen", "Derived", "Tree", "Point",
    ];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Generated_writer_writes_the_document_System_Text_Json_writes(string sample)
    {
        object value = Sample(sample);

        string written = writers.WriteJson(value) ?? throw new InvalidOperationException(sample + " is not a root");

        string expected = JsonSerializer.Serialize(value, value.GetType(), SampleWritersAssembly.Options);
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(written)),
            "System.Text.Json:\n" + expected + "\ngenerated writers:\n" + written);
    }

    [Fact]
    public void Hidden_base_property_is_not_written_even_when_set()
    {
        DerivedThing derived = SampleObjects.Derived();
        ((BaseThing)derived).Hidden = "the base's";

        JsonNode written = JsonNode.Parse(writers.WriteJson(derived)!)!;

        Assert.Equal(7, (int)written["Hidden"]!);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(JsonSerializer.Serialize(derived, SampleWritersAssembly.Options)), written));
    }

    [Fact]
    public void TryWrite_returns_false_for_a_type_that_is_not_a_root()
    {
        Assert.Null(writers.WriteJson(new k8s.Models.V1ObjectMeta { Name = "not a root" }));
        Assert.Null(writers.WriteJson("a string"));
        Assert.Null(writers.WriteJson(new BaseThing()));
    }

    private static object Sample(string name) => name switch
    {
        "Deployment" => SampleObjects.Deployment(),
        "Service" => SampleObjects.Service(),
        "Namespace" => SampleObjects.Namespace(),
        "ServiceAccount" => SampleObjects.ServiceAccount(),
        "EmptyDeployment" => new k8s.Models.V1Deployment(),
        "VirtualService" => SampleRoutes.ReviewsToV3(),
        "IstioGateway" => IstioGateway(),
        "Kitchen" => SampleObjects.Kitchen(),
        // A default JsonElement cannot be written at all (System.Text.Json throws too): the one value set.
        "EmptyKitchen" => new Kitchen { Element = JsonDocument.Parse("null").RootElement },
        "Derived" => SampleObjects.Derived(),
        "Tree" => SampleObjects.Tree(),
        "Point" => new Point { X = -1, Y = 2 },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static Manifests.Crds.Alibabacloud.Istio.V1Beta1.IstioGateway IstioGateway()
    {
        string json = """
            {
              "apiVersion": "istio.alibabacloud.com/v1beta1",
              "kind": "IstioGateway",
              "metadata": { "name": "ingressgateway", "namespace": "istio-system" },
              "spec": {
                "gatewayType": "ingress",
                "dnsPolicy": "ClusterFirst",
                "externalTrafficPolicy": "Local",
                "replicaCount": 2,
                "ports": [ { "name": "http", "port": 80, "targetPort": 8080, "protocol": "TCP" } ],
                "resources": { "limits": { "cpu": "2", "memory": "2G" } }
              }
            }
            """;
        return JsonSerializer.Deserialize<Manifests.Crds.Alibabacloud.Istio.V1Beta1.IstioGateway>(json)!;
    }
}
