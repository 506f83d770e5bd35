using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Manifests.Reliability.Tests.Support;
using Manifests.Reliability.Tests.Validate.Oracle;
using Manifests.Render.Validate;

namespace Manifests.Reliability.Tests.Validate;

/// <summary>Custom resources against the CRDs the product ships, and what the OpenAPI extensions mean, to the compiled schema and to the oracle alike.</summary>
public sealed class CrdSchemaTests
{
    private readonly ManifestValidator _validator = new();

    public static TheoryData<string> ShippedFiles() => [.. CrdCatalog.Files.Values];

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Every_shipped_CRD_is_embedded_defines_the_kind_it_is_filed_under_and_converts(string resource)
    {
        var (group, kind, versions) = CrdCatalog.Read(resource);

        Assert.Equal(resource, CrdCatalog.Files[(group, kind)]);
        Assert.NotEmpty(versions);
    }

    [Theory]
    [InlineData("gateways.networking.istio.io.yaml")]
    [InlineData("virtualservices.networking.istio.io.yaml")]
    [InlineData("destinationrules.networking.istio.io.yaml")]
    [InlineData("serviceentries.networking.istio.io.yaml")]
    public void The_Istio_CRDs_in_the_repository_are_the_upstream_documents_unchanged(string file)
    {
        var upstream = File.ReadAllText(Path.Combine(RepositoryPaths.SharedReference, "crds", "istio", "customresourcedefinitions.gen.yaml"));
        // The shipped file opens with comment lines naming its origin; the document after them is upstream's, unchanged.
        var shipped = string.Join('\n', File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "crds", "istio", file)).SkipWhile(l => l.StartsWith('#')));
        Assert.Contains(shipped.TrimEnd('\n'), upstream);
    }

    [Fact]
    public void A_wrong_type_in_an_Istio_Gateway_is_named_by_its_field_path()
    {
        var problems = _validator.ValidateFile("mesh/gateway-web.yaml", """
            apiVersion: networking.istio.io/v1
            kind: Gateway
            metadata:
              name: web
              namespace: default
            spec:
              selector:
                istio: ingress
              servers:
              - port:
                  number: eighty
                  name: http
                  protocol: HTTP
                hosts:
                - '*'
            """);

        var problem = Assert.Single(problems);
        Assert.Equal("MESH026", problem.Rule.Id);
        Assert.Equal("spec.servers[0].port.number", problem.FieldPath);
        Assert.Equal("Gateway default/web", problem.Object);
    }

    [Fact]
    public void An_unknown_field_in_a_VirtualService_is_an_error_as_with_strict_field_validation()
    {
        var problems = _validator.ValidateFile("mesh/virtualservice-web.yaml", """
            apiVersion: networking.istio.io/v1alpha3
            kind: VirtualService
            metadata:
              name: web
            spec:
              hosts:
              - '*'
              gatewayz:
              - web
            """);

        Assert.Contains(problems, p => p.Rule.Id == "MESH026" && p.FieldPath.StartsWith("spec", StringComparison.Ordinal) && p.Message.Contains("gatewayz", StringComparison.Ordinal) || p.FieldPath == "spec.gatewayz");
    }

    [Fact]
    public void Two_fields_of_an_Istio_oneOf_set_at_once_are_refused_naming_both()
    {
        // JsonSchema.Net gives a oneOf that matches twice no message, so the old check let this object through.
        var problems = _validator.ValidateFile("mesh/virtualservice-web.yaml", """
            apiVersion: networking.istio.io/v1
            kind: VirtualService
            metadata:
              name: web
            spec:
              hosts:
              - web
              http:
              - match:
                - uri:
                    exact: /a
                    prefix: /b
                route:
                - destination:
                    host: web
            """);

        var problem = Assert.Single(problems);
        Assert.Equal("spec.http[0].match[0].uri", problem.FieldPath);
        Assert.StartsWith("sets exact and prefix, but at most one of exact, prefix or regex may be set (oneOf, per the networking.istio.io/v1 VirtualService CRD)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_name_what_the_CRD_expects_and_what_was_found()
    {
        var problems = _validator.ValidateFile("mesh/destinationrule-web.yaml", """
            apiVersion: networking.istio.io/v1
            kind: DestinationRule
            metadata:
              name: web
            spec:
              trafficPolicy:
                loadBalancer:
                  simple: FASTEST
                tls:
                  mode: SIMPLE
                  sni: 42
                  caCertificate: /etc/ca.pem
              subsetz: []
            """);

        Assert.Equal(
            [
                "spec.host: is required (required, per the networking.istio.io/v1 DestinationRule CRD)",
                "spec.subsetz: is not allowed: the CRD defines no field 'subsetz' here (it defines exportTo, host, subsets, trafficPolicy and workloadSelector) (additionalProperties, per the networking.istio.io/v1 DestinationRule CRD)",
                "spec.trafficPolicy.loadBalancer.simple: must be one of UNSPECIFIED, LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN or LEAST_REQUEST, not the string \"FASTEST\" (enum, per the networking.istio.io/v1 DestinationRule CRD)",
                "spec.trafficPolicy.tls.caCertificate: is not allowed: the CRD defines no field 'caCertificate' here (it defines caCertificates, caCrl, clientCertificate, credentialName, insecureSkipVerify, mode, privateKey, sni and subjectAltNames) (additionalProperties, per the networking.istio.io/v1 DestinationRule CRD)",
                "spec.trafficPolicy.tls.sni: must be a string, not the number 42 (type, per the networking.istio.io/v1 DestinationRule CRD)",
            ],
            problems.Select(p => $"{p.FieldPath}: {p.Message}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_version_the_CRD_does_not_serve_is_refused()
    {
        var problems = _validator.ValidateFile("mesh/gateway-web.yaml", "apiVersion: networking.istio.io/v2\nkind: Gateway\nmetadata:\n  name: web\nspec: {}\n");
        Assert.Contains(problems, p => p.Rule.Id == "MESH026" && p.Message.Contains("v1alpha3", StringComparison.Ordinal));
    }

    [Fact]
    public void A_kind_without_a_shipped_schema_is_refused_rather_than_waved_through()
    {
        var problems = _validator.ValidateFile("mesh/x.yaml", "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n");
        Assert.Contains(problems, p => p.Rule.Id == "MESH026" && p.FieldPath == "apiVersion");
    }

    [Fact]
    public void An_Argo_CD_Application_is_checked_against_the_Argo_CD_CRD()
    {
        const string valid = """
            apiVersion: argoproj.io/v1alpha1
            kind: Application
            metadata:
              name: bookinfo-m1c1
              namespace: argocd
            spec:
              project: default
              source:
                repoURL: https://git.example.com/mesh.git
                targetRevision: HEAD
                path: manifests-out/m1c1
              destination:
                name: m1c1
                namespace: default
              syncPolicy:
                automated:
                  prune: true
                  selfHeal: false
            """;
        Assert.Empty(_validator.ValidateFile("argocd/application-bookinfo-m1c1.yaml", valid));

        var problems = _validator.ValidateFile("argocd/application-bookinfo-m1c1.yaml", valid.Replace("prune: true", "prune: sometimes", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Rule.Id == "MESH026" && p.FieldPath == "spec.syncPolicy.automated.prune");
    }

    [Fact]
    public void The_ASM_IstioGateway_takes_counts_or_percentages_as_int_or_string_but_nothing_else()
    {
        string Gateway(string surge) => $"apiVersion: istio.alibabacloud.com/v1beta1\nkind: IstioGateway\nmetadata:\n  name: ingress\n  namespace: istio-system\nspec:\n  gatewayType: ingress\n  ports:\n  - name: http\n    port: 80\n  rollingMaxSurge: {surge}\n";

        Assert.Empty(_validator.ValidateFile("mesh/istio-system/istiogateway-ingress.yaml", Gateway("1")));
        Assert.Empty(_validator.ValidateFile("mesh/istio-system/istiogateway-ingress.yaml", Gateway("25%")));
        Assert.Contains(_validator.ValidateFile("mesh/istio-system/istiogateway-ingress.yaml", Gateway("true")), p => p.FieldPath == "spec.rollingMaxSurge");
        Assert.Contains(_validator.ValidateFile("mesh/istio-system/istiogateway-ingress.yaml", Gateway("half")), p => p.FieldPath == "spec.rollingMaxSurge");
    }

    [Theory]
    [InlineData("""{"count": 3}""", true)]
    [InlineData("""{"count": "3"}""", false)]
    [InlineData("""{"count": null}""", true)]
    [InlineData("""{"port": 8080}""", true)]
    [InlineData("""{"port": "http"}""", true)]
    [InlineData("""{"port": true}""", false)]
    [InlineData("""{"free": {"anything": [1, "two"]}}""", true)]
    [InlineData("""{"strict": {"known": "x"}}""", true)]
    [InlineData("""{"strict": {"unknown": "x"}}""", false)]
    [InlineData("""{"ratio": 0}""", false)]
    [InlineData("""{"ratio": 0.5}""", true)]
    [InlineData("""{"mode": "A"}""", true)]
    [InlineData("""{"mode": null}""", true)]
    [InlineData("""{"mode": "C"}""", false)]
    [InlineData("""{"typo": 1}""", false)]
    public void OpenAPI_extensions_mean_what_Kubernetes_means_to_the_compiled_schema_and_the_oracle(string spec, bool valid)
    {
        var openApi = JsonNode.Parse("""
            {
              "type": "object",
              "properties": {
                "spec": {
                  "type": "object",
                  "properties": {
                    "count": { "type": "integer", "nullable": true },
                    "port": { "x-kubernetes-int-or-string": true },
                    "free": { "type": "object", "x-kubernetes-preserve-unknown-fields": true },
                    "strict": { "type": "object", "properties": { "known": { "type": "string" } } },
                    "ratio": { "type": "number", "minimum": 0, "exclusiveMinimum": true },
                    "mode": { "type": "string", "enum": ["A", "B"], "nullable": true }
                  }
                }
              }
            }
            """)!.AsObject();
        var oracle = JsonSchema.Build(JsonSerializer.SerializeToElement(OpenApiSchemaConverter.ConvertRoot(openApi)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var compiled = new CrdSchema("example.com", "v1", "Thing", JsonSerializer.SerializeToElement(openApi));
        var instance = JsonSerializer.SerializeToElement(JsonNode.Parse($$"""{"apiVersion": "example.com/v1", "kind": "Thing", "metadata": {"name": "t"}, "spec": {{spec}}}"""));

        Assert.Equal(valid, oracle.Evaluate(instance).IsValid);
        Assert.Equal(valid, compiled.IsValid(instance));
        Assert.Equal(valid, compiled.Validate(instance).Count == 0);
    }
}
