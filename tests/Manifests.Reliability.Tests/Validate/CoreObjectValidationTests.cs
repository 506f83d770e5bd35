using Manifests.Render.Validate;

namespace Manifests.Reliability.Tests.Validate;

/// <summary>Core kinds: a strict round trip through KubernetesClient's models plus Kubernetes' own rules, each named by field path.</summary>
public sealed class CoreObjectValidationTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: shop-v1
          namespace: default
          labels:
            app: shop
        spec:
          replicas: 1
          selector:
            matchLabels:
              app: shop
              version: v1
          template:
            metadata:
              labels:
                app: shop
                version: v1
            spec:
              serviceAccountName: shop
              containers:
              - name: shop
                image: registry.example.com/shop:1.0.0
                ports:
                - containerPort: 8080
        """;

    private readonly ManifestValidator _validator = new();

    [Fact]
    public void A_correct_Deployment_passes()
    {
        Assert.Empty(_validator.ValidateFile("c1/deployment-shop-v1.yaml", Deployment));
    }

    [Theory]
    [InlineData("  replicas: 1\n", "  replicaz: 1\n", "spec.replicaz")]
    [InlineData("  replicas: 1\n", "  replicas: many\n", "spec.replicas")]
    [InlineData("        - containerPort: 8080", "        - containerPort: 80800", "spec.template.spec.containers[0].ports[0].containerPort")]
    [InlineData("    app: shop\nspec:", "    app: " + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" + "\nspec:", "metadata.labels.app")]
    [InlineData("    app: shop\nspec:", "    example.com/a/b: x\nspec:", "metadata.labels[\"example.com/a/b\"]")]
    [InlineData("    app: shop\nspec:", "    Example.COM/app: x\nspec:", "metadata.labels[\"Example.COM/app\"]")]
    [InlineData("      version: v1\n  template", "      version: v2\n  template", "spec.selector.matchLabels.version")]
    [InlineData("  name: shop-v1\n", "  name: Shop_V1\n", "metadata.name")]
    [InlineData("      - name: shop\n", "      - name: shop.main\n", "spec.template.spec.containers[0].name")]
    [InlineData("      serviceAccountName: shop\n", "      serviceAccountName: ../shop\n", "spec.template.spec.serviceAccountName")]
    [InlineData("        - containerPort: 8080", "        - containerPort: 8080\n      - name: shop\n        image: r/side:1", "spec.template.spec.containers[1].name")]
    [InlineData("        - containerPort: 8080", "        - containerPort: 8080\n        env:\n        - name: A\n          value: one\n        - name: A\n          value: two", "spec.template.spec.containers[0].env[1].name")]
    [InlineData("        - containerPort: 8080", "        - containerPort: 8080\n        env:\n        - name: 1A\n          value: x", "spec.template.spec.containers[0].env[0].name")]
    [InlineData("        - containerPort: 8080", "        - containerPort: 8080\n        volumeMounts:\n        - name: tmp\n          mountPath: /tmp/../etc\n      volumes:\n      - name: tmp\n        emptyDir: {}", "spec.template.spec.containers[0].volumeMounts[0].mountPath")]
    [InlineData("        - containerPort: 8080", "        - containerPort: 8080\n        volumeMounts:\n        - name: tmp\n          mountPath: /tmp/..\n      volumes:\n      - name: tmp\n        emptyDir: {}", "spec.template.spec.containers[0].volumeMounts[0].mountPath")]
    [InlineData("        - containerPort: 8080", "        - containerPort: 8080\n        volumeMounts:\n        - name: tmp\n          mountPath: /tmp\n        - name: tmp\n          mountPath: /tmp\n      volumes:\n      - name: tmp\n        emptyDir: {}", "spec.template.spec.containers[0].volumeMounts[1].mountPath")]
    [InlineData("        - containerPort: 8080", "        - containerPort: 8080\n        volumeMounts:\n        - name: cache\n          mountPath: /cache", "spec.template.spec.containers[0].volumeMounts[0].name")]
    [InlineData("        - containerPort: 8080", "        - containerPort: 8080\n      volumes:\n      - name: tmp\n        emptyDir: {}\n      - name: tmp\n        emptyDir: {}", "spec.template.spec.volumes[1].name")]
    public void A_broken_Deployment_fails_naming_the_field(string from, string to, string fieldPath)
    {
        var broken = Deployment.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Deployment, broken);

        var problems = _validator.ValidateFile("c1/deployment-shop-v1.yaml", broken);

        Assert.Contains(problems, p => p.FieldPath == fieldPath && p.Rule.Id == "MESH025");
        Assert.All(problems, p => Assert.Equal("c1/deployment-shop-v1.yaml", p.File));
    }

    [Theory]
    [InlineData("  - name: http\n    port: 8080\n", "  - name: http\n    port: 0\n", "spec.ports[0].port")]
    [InlineData("  - name: http\n    port: 8080\n", "  - name: http_main\n    port: 8080\n", "spec.ports[0].name")]
    [InlineData("  - name: http\n    port: 8080\n", "  - name: http\n    port: 8080\n    targetPort: not_a_name\n", "spec.ports[0].targetPort")]
    [InlineData("  - name: http\n    port: 8080\n", "  - name: http\n    port: 8080\n  - port: 9090\n", "spec.ports[1].name")]
    [InlineData("  - name: http\n    port: 8080\n", "  - name: http\n    port: 8080\n    protocol: ICMP\n", "spec.ports[0].protocol")]
    [InlineData("  - name: http\n    port: 8080\n", "  - name: http\n    port: 8080\n    targetPort: 70000\n", "spec.ports[0].targetPort")]
    [InlineData("  - name: http\n    port: 8080\n", "  - name: http\n    port: 8080\n  - name: web\n    port: 8080\n", "spec.ports[1].port")]
    [InlineData("  - name: http\n    port: 8080\n", "  - name: http\n    port: 8080\n  - name: http\n    port: 9090\n", "spec.ports[1].name")]
    public void A_broken_Service_fails_naming_the_field(string from, string to, string fieldPath)
    {
        const string service = "apiVersion: v1\nkind: Service\nmetadata:\n  name: shop\nspec:\n  ports:\n  - name: http\n    port: 8080\n  selector:\n    app: shop\n";
        var problems = _validator.ValidateFile("c1/service-shop.yaml", service.Replace(from, to, StringComparison.Ordinal));
        Assert.Contains(problems, p => p.FieldPath == fieldPath);
    }

    [Fact]
    public void A_quoted_merge_key_string_is_a_plain_value_not_a_YAML_merge()
    {
        // YamlDotNet's merging parser (used by KubernetesYaml) rejects this valid document; the validator must not.
        Assert.Empty(_validator.ValidateFile("c1/serviceaccount-shop.yaml", "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: shop\n  annotations:\n    note: '<<'\n"));
    }
}
