using System.Text.Json.Nodes;
using k8s;
using k8s.Models;
using Manifests.Crds.Alibabacloud.Istio.V1Beta1;
using Manifests.Crds.Sample;

namespace Manifests.Generator.Tests.Crds;

/// <summary>
/// Serializes types the sample project got from the real compiler with KubernetesClient's own JSON options, and
/// compares with documents written from the upstream field names (and the seed's IstioGateway).
/// </summary>
public sealed class GeneratedTypeSerializationTests
{
    [Fact]
    public void VirtualService_serializes_with_the_schema_field_names_and_only_the_fields_that_were_set()
    {
        string json = KubernetesJson.Serialize(SampleRoutes.ReviewsToV3());

        var expected = JsonNode.Parse("""
            {
              "apiVersion": "networking.istio.io/v1alpha3",
              "kind": "VirtualService",
              "metadata": { "name": "reviews", "namespace": "default" },
              "spec": {
                "hosts": ["reviews"],
                "http": [{ "route": [{ "destination": { "host": "reviews", "subset": "v3", "port": { "number": 9080 } } }] }]
              }
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(json)), json);
    }

    [Fact]
    public void VirtualService_round_trips_through_KubernetesJson()
    {
        string json = KubernetesJson.Serialize(SampleRoutes.ReviewsToV3());

        var read = KubernetesJson.Deserialize<Manifests.Crds.Istio.Networking.V1Alpha3.VirtualService>(json);

        Assert.Equal(9080, read.Spec!.Http![0].Route![0].Destination.Port!.Number);
        Assert.Equal(json, KubernetesJson.Serialize(read));
    }

    [Fact]
    public void IstioGateway_built_from_the_seed_serializes_to_the_seed_document()
    {
        var gateway = new IstioGateway
        {
            Metadata = new V1ObjectMeta
            {
                Name = "ingressgateway",
                NamespaceProperty = "istio-system",
                Annotations = new Dictionary<string, string> { ["asm.alibabacloud.com/managed-by-asm"] = "true" },
            },
            Spec = new IstioGatewaySpec
            {
                GatewayType = IstioGatewaySpecGatewayType.Ingress,
                DnsPolicy = IstioGatewaySpecDnsPolicy.ClusterFirst,
                ExternalTrafficPolicy = IstioGatewaySpecExternalTrafficPolicy.Local,
                HostNetwork = false,
                Ports =
                [
                    new IstioGatewaySpecPorts { Name = "http", Port = 80, Protocol = IstioGatewaySpecPortsProtocol.Tcp, TargetPort = 80 },
                    new IstioGatewaySpecPorts { Name = "https", Port = 443, Protocol = IstioGatewaySpecPortsProtocol.Tcp, TargetPort = 443 },
                ],
                ReplicaCount = 1,
                Resources = new IstioGatewaySpecResources
                {
                    Limits = new Dictionary<string, string> { ["cpu"] = "2", ["memory"] = "2G" },
                    Requests = new Dictionary<string, string> { ["cpu"] = "200m", ["memory"] = "256Mi" },
                },
                RollingMaxSurge = "100%",
                RollingMaxUnavailable = "25%",
                RunAsRoot = true,
                ServiceType = IstioGatewaySpecServiceType.LoadBalancer,
            },
        };

        string json = KubernetesJson.Serialize(gateway);

        // The seed's step 2 YAML as JSON. KubernetesClient writes the int-or-string "2" as the number 2, which the
        // API server reads as the same quantity.
        var expected = JsonNode.Parse("""
            {
              "apiVersion": "istio.alibabacloud.com/v1beta1",
              "kind": "IstioGateway",
              "metadata": {
                "annotations": { "asm.alibabacloud.com/managed-by-asm": "true" },
                "name": "ingressgateway",
                "namespace": "istio-system"
              },
              "spec": {
                "gatewayType": "ingress",
                "dnsPolicy": "ClusterFirst",
                "externalTrafficPolicy": "Local",
                "hostNetwork": false,
                "ports": [
                  { "name": "http", "port": 80, "protocol": "TCP", "targetPort": 80 },
                  { "name": "https", "port": 443, "protocol": "TCP", "targetPort": 443 }
                ],
                "replicaCount": 1,
                "resources": {
                  "limits": { "cpu": "2", "memory": "2G" },
                  "requests": { "cpu": "200m", "memory": "256Mi" }
                },
                "rollingMaxSurge": "100%",
                "rollingMaxUnavailable": "25%",
                "runAsRoot": true,
                "serviceType": "LoadBalancer"
              }
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(json)), json);
    }

    [Fact]
    public void An_unknown_enum_string_is_rejected_on_read()
    {
        const string json = """{"apiVersion":"istio.alibabacloud.com/v1beta1","kind":"IstioGateway","metadata":{},"spec":{"serviceType":"Headless"}}""";

        Assert.ThrowsAny<System.Text.Json.JsonException>(() => KubernetesJson.Deserialize<IstioGateway>(json));
    }

    [Fact]
    public void The_seeds_IstioGateway_yaml_reads_strictly_and_writes_back_with_the_schema_strings()
    {
        string seedYaml = SeedIstioGatewayYaml();

        IstioGateway gateway = KubernetesYaml.Deserialize<IstioGateway>(seedYaml, strict: true);
        string written = KubernetesYaml.Serialize(gateway);

        Assert.Equal(IstioGatewaySpecGatewayType.Ingress, gateway.Spec!.GatewayType);
        Assert.Equal(IstioGatewaySpecPortsProtocol.Tcp, gateway.Spec.Ports![1].Protocol);
        Assert.Equal(443, gateway.Spec.Ports[1].TargetPort);
        Assert.Equal("25%", gateway.Spec.RollingMaxUnavailable!.Value);
        Assert.Equal("256Mi", gateway.Spec.Resources!.Requests!["memory"]);
        Assert.Contains("gatewayType: ingress\n", written, StringComparison.Ordinal);
        Assert.Contains("protocol: TCP\n", written, StringComparison.Ordinal);
        Assert.Contains("externalTrafficPolicy: Local\n", written, StringComparison.Ordinal);
        Assert.Equal(KubernetesJson.Serialize(gateway), KubernetesJson.Serialize(KubernetesYaml.Deserialize<IstioGateway>(written, strict: true)));
    }

    /// <summary>Step 2 of the seed document: the YAML block that starts at the IstioGateway's apiVersion.</summary>
    private static string SeedIstioGatewayYaml()
    {
        string seed = File.ReadAllText(RepositoryPaths.Seed);
        var lines = seed.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .SkipWhile(line => line.Trim() != "apiVersion: istio.alibabacloud.com/v1beta1")
            .TakeWhile(line => line.Trim().Length != 0)
            .Select(line => line.Length >= 4 ? line[4..] : line)
            .ToList();
        Assert.True(lines.Count > 20, "the seed's IstioGateway YAML was not found");
        return string.Join("\n", lines) + "\n";
    }
}
