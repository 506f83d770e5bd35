using System.Reflection;
using System.Runtime.Loader;
using V1 = Manifests.Crds.Istio.Networking.V1;
using Manifests.Crds.Istio.Networking.V1Alpha3;
using Manifests.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Manifests.Generator.Tests.Crds;

/// <summary>
/// The generated <c>ValidateOneOf()</c>: the Istio cases run on the sample project's types (built by MSBuild with the
/// real analyzer); the exactly-one case runs on a CRD compiled here and loaded.
/// </summary>
public sealed class OneOfValidationTests
{
    [Fact]
    public void Istio_string_match_with_two_of_exact_prefix_regex_is_reported_with_its_path()
    {
        VirtualService service = RoutesMatching(
            new VirtualServiceSpecHttpMatch { Uri = new VirtualServiceSpecHttpMatchUri { Prefix = "/" } },
            new VirtualServiceSpecHttpMatch { Uri = new VirtualServiceSpecHttpMatchUri { Exact = "/reviews", Regex = "^/r" } });

        IReadOnlyList<string> violations = service.ValidateOneOf();

        Assert.Equal(["spec.http[0].match[1].uri: at most one of exact, prefix, regex may be set"], violations);
    }

    [Fact]
    public void Istio_string_match_with_one_or_none_set_is_valid()
    {
        VirtualService service = RoutesMatching(
            new VirtualServiceSpecHttpMatch { Uri = new VirtualServiceSpecHttpMatchUri { Regex = "^/r" } },
            new VirtualServiceSpecHttpMatch { Uri = new VirtualServiceSpecHttpMatchUri() },
            new VirtualServiceSpecHttpMatch());

        Assert.Empty(service.ValidateOneOf());
    }

    [Fact]
    public void Map_values_are_checked_with_their_key_in_the_path()
    {
        VirtualService service = RoutesMatching(new VirtualServiceSpecHttpMatch
        {
            Headers = new Dictionary<string, VirtualServiceSpecHttpMatchHeaders>
            {
                ["x-user"] = new() { Exact = "jason", Prefix = "j" },
                ["x-ok"] = new() { Exact = "yes" },
            },
        });

        Assert.Equal(["spec.http[0].match[0].headers[x-user]: at most one of exact, prefix, regex may be set"], service.ValidateOneOf());
    }

    [Fact]
    public void Every_oneOf_under_allOf_is_checked_and_each_violation_is_reported()
    {
        var rule = new V1.DestinationRule
        {
            Spec = new V1.DestinationRuleSpec
            {
                Host = "reviews",
                TrafficPolicy = new V1.DestinationRuleSpecTrafficPolicy
                {
                    LoadBalancer = new V1.DestinationRuleSpecTrafficPolicyLoadBalancer
                    {
                        Simple = V1.DestinationRuleSpecTrafficPolicyLoadBalancerSimple.RoundRobin,
                        ConsistentHash = new V1.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash
                        {
                            HttpHeaderName = "x-user",
                            UseSourceIp = true,
                        },
                    },
                },
            },
        };

        IReadOnlyList<string> violations = rule.ValidateOneOf();

        Assert.Equal(2, violations.Count);
        Assert.Contains("spec.trafficPolicy.loadBalancer: at most one of simple, consistentHash may be set", violations);
        Assert.Contains(violations, v => v.StartsWith("spec.trafficPolicy.loadBalancer.consistentHash: at most one of httpHeaderName, httpCookie, useSourceIp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, null, "<root>: exactly one of a, b must be set")]
    [InlineData("x", "y", "<root>: exactly one of a, b must be set")]
    [InlineData("x", null, null)]
    [InlineData(null, "y", null)]
    public void A_oneOf_without_a_none_branch_needs_exactly_one(string? a, string? b, string? expected)
    {
        Type thing = LoadGeneratedType(ExactlyOneCrd, "Manifests.Crds.Example.V1.ThingSpec");
        object spec = Activator.CreateInstance(thing)!;
        thing.GetProperty("A")!.SetValue(spec, a);
        thing.GetProperty("B")!.SetValue(spec, b);
        var violations = new List<string>();

        thing.GetMethod("CollectOneOfViolations")!.Invoke(spec, ["", violations]);

        Assert.Equal(expected is null ? [] : [expected], violations);
    }

    private const string ExactlyOneCrd = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: { name: things.example.com }
        spec:
          group: example.com
          names: { kind: Thing, plural: things }
          scope: Namespaced
          versions:
          - name: v1
            served: true
            storage: true
            schema:
              openAPIV3Schema:
                type: object
                properties:
                  spec:
                    type: object
                    oneOf:
                    - required: [a]
                    - required: [b]
                    properties:
                      a: { type: string }
                      b: { type: string }
        """;

    private static VirtualService RoutesMatching(params VirtualServiceSpecHttpMatch[] matches) => new()
    {
        Spec = new VirtualServiceSpec { Hosts = ["reviews"], Http = [new VirtualServiceSpecHttp { Match = matches }] },
    };

    private static Type LoadGeneratedType(string crd, string typeName)
    {
        var (_, output) = CrdHarness.Run([GeneratorHarness.File("/crds/thing.yaml", crd)], CrdHarness.Compilation(true)
            .WithAssemblyName("Generated" + Guid.NewGuid().ToString("N")));
        using var image = new MemoryStream();
        var result = output.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assembly assembly = new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(new MemoryStream(image.ToArray()));
        return assembly.GetType(typeName, throwOnError: true)!;
    }
}
