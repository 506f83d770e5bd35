using System.Buffers;
using System.Text.Json;
using k8s.Models;
using Manifests.Render.Emit;
using Manifests.Render.Validate;

namespace Manifests.Reliability.Tests.Validate;

/// <summary>
/// The render judges a core object it built on its typed form, without writing its JSON, when every string in it
/// is plain. That shortcut must say exactly what the full check of the object's JSON tree (as the render writes
/// it) says: the same problems, in the same order, with the same messages. Each object here is checked both ways.
/// </summary>
public sealed class TypedValidationTests
{
    private readonly ManifestValidator _validator = new();

    public static TheoryData<string, object, bool> Objects() => new()
    {
        { "a correct Deployment", Deployment(), false },
        { "a Deployment with a bad name", Deployment(d => d.Metadata.Name = "Shop_V1"), true },
        { "a Deployment with no name", Deployment(d => d.Metadata.Name = null), true },
        { "a Deployment with no metadata", Deployment(d => d.Metadata = null), true },
        { "a Deployment in a bad namespace", Deployment(d => d.Metadata.NamespaceProperty = "Bad.Namespace"), true },
        {
            "a Deployment with several bad labels, given out of order",
            Deployment(d => d.Metadata.Labels = new Dictionary<string, string>
            {
                ["zeta/x/y"] = "ok", ["app"] = "shop", ["Example.COM/app"] = "x", ["b"] = new string('v', 64), ["a"] = "-bad-",
            }),
            true
        },
        {
            "a Deployment with annotations over the size limit and a bad key",
            Deployment(d => d.Metadata.Annotations = new Dictionary<string, string>
            {
                ["z"] = new string('x', 200_000), ["a/b/c"] = "x", ["m"] = new string('y', 70_000),
            }),
            true
        },
        { "a Deployment whose selector does not match its template", Deployment(d => d.Spec.Selector.MatchLabels["version"] = "v2"), true },
        { "a Deployment with a bad container name", Deployment(d => d.Spec.Template.Spec.Containers[0].Name = "shop.main"), true },
        { "a Service", Service(), false },
        { "a Service named as no DNS-1035 label", Service(s => s.Metadata.Name = "1shop"), true },
        { "a Service with a bad port", Service(s => s.Spec.Ports[0].Port = 0), true },
        { "a Service with a bad target port name", Service(s => s.Spec.Ports[0].TargetPort = "not_a_name"), true },
        { "a Namespace", new V1Namespace { ApiVersion = "v1", Kind = "Namespace", Metadata = new V1ObjectMeta { Name = "shop" } }, false },
        { "a Namespace named as a subdomain", new V1Namespace { ApiVersion = "v1", Kind = "Namespace", Metadata = new V1ObjectMeta { Name = "shop.example" } }, true },
        { "a ServiceAccount", new V1ServiceAccount { ApiVersion = "v1", Kind = "ServiceAccount", Metadata = new V1ObjectMeta { Name = "shop", NamespaceProperty = "default" } }, false },
    };

    [Theory]
    [MemberData(nameof(Objects))]
    public void Checking_the_typed_object_finds_what_checking_its_JSON_finds(string description, object built, bool broken)
    {
        var path = "c1/object.yaml";

        var typed = ManifestValidator.ValidateBuilt(path, built, onlyPlainStrings: true);
        var fromJson = _validator.ValidateObject(path, RenderedJson(built), built);

        Assert.NotNull(typed);
        Assert.Equal(fromJson.Select(p => p.ToString()), typed.Select(p => p.ToString()));
        Assert.Equal(fromJson.Select(p => p.Rule.Id), typed.Select(p => p.Rule.Id));
        Assert.True(broken == typed.Count > 0, $"{description}: {typed.Count} problems");
    }

    [Fact]
    public void An_object_with_a_string_to_look_at_or_a_custom_kind_is_left_to_its_JSON_tree()
    {
        Assert.Null(ManifestValidator.ValidateBuilt("c1/object.yaml", Deployment(), onlyPlainStrings: false));
        Assert.Null(ManifestValidator.ValidateBuilt("mesh/object.yaml", new Crds.Istio.Networking.V1.DestinationRule(), onlyPlainStrings: true));
    }

    // The tree the render hands the validator when it takes the long way: the object's generated JSON writer.
    private static JsonElement RenderedJson(object built)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        using (var converted = new ConvertedValues())
        {
            Assert.True(ObjectWriters.TryWrite(built, new JsonSink(writer, converted)));
        }

        return JsonDocument.Parse(buffer.WrittenMemory).RootElement;
    }

    private static V1Deployment Deployment(Action<V1Deployment>? change = null)
    {
        var deployment = new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = new V1ObjectMeta { Name = "shop-v1", NamespaceProperty = "default", Labels = new Dictionary<string, string> { ["app"] = "shop" } },
            Spec = new V1DeploymentSpec
            {
                Replicas = 1,
                Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "shop", ["version"] = "v1" } },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = "shop", ["version"] = "v1" } },
                    Spec = new V1PodSpec
                    {
                        ServiceAccountName = "shop",
                        Containers = [new V1Container { Name = "shop", Image = "registry.example.com/shop:1.0.0", Ports = [new V1ContainerPort { ContainerPort = 8080 }] }],
                    },
                },
            },
        };
        change?.Invoke(deployment);
        return deployment;
    }

    private static V1Service Service(Action<V1Service>? change = null)
    {
        var service = new V1Service
        {
            ApiVersion = "v1",
            Kind = "Service",
            Metadata = new V1ObjectMeta { Name = "shop", NamespaceProperty = "default" },
            Spec = new V1ServiceSpec
            {
                Selector = new Dictionary<string, string> { ["app"] = "shop" },
                Ports = [new V1ServicePort { Name = "http", Port = 8080, TargetPort = 8080 }],
            },
        };
        change?.Invoke(service);
        return service;
    }
}
