using Bookinfo.Topology;
using k8s;
using k8s.Models;
using Manifests.Model;
using Manifests.Reliability.Tests.Support;
using Manifests.Render;
using Manifests.Render.Validate;

namespace Manifests.Reliability.Tests.Security;

/// <summary>Secure where the topology asks, unchanged where it does not, and never a secret value in a file.</summary>
public sealed class SecurityPolicyTests
{
    private static readonly ComputeResources Small = new() { CpuRequest = "100m", MemoryRequest = "128Mi", CpuLimit = "500m", MemoryLimit = "256Mi" };

    [Fact]
    public void Bookinfo_without_a_policy_renders_exactly_the_committed_manifests()
    {
        var result = ManifestRenderer.Render(new BookinfoTopology().Declare(), typeof(BookinfoTopology).FullName!);
        Assert.True(result.Succeeded);
        var committed = Path.Combine(RepositoryPaths.Root, "manifests-out");
        Assert.All(result.Files, f => Assert.Equal(File.ReadAllText(Path.Combine(committed, f.Path)), f.Content));
        Assert.Equal(Directory.EnumerateFiles(committed, "*.yaml", SearchOption.AllDirectories).Count(), result.Files.Count);
    }

    [Fact]
    public void Bookinfo_under_the_restricted_policy_meets_pod_security_restricted_on_every_workload()
    {
        var mesh = new BookinfoTopology().Declare() with { Security = SecurityPolicy.Restricted with { DefaultResources = Small } };

        var result = ManifestRenderer.Render(mesh, "Bookinfo");

        Assert.True(result.Succeeded, string.Join("\n", result.Findings.Select(f => f.ToMsBuildFormat())));
        var deployments = Deployments(result);
        Assert.Equal(6, deployments.Count);
        foreach (var deployment in deployments)
        {
            var pod = deployment.Spec.Template.Spec;
            Assert.True(RestrictedProfile.Violations(pod).Count == 0, deployment.Metadata.Name + ": " + string.Join("; ", RestrictedProfile.Violations(pod)));
            Assert.False(pod.AutomountServiceAccountToken);
            var container = Assert.Single(pod.Containers);
            Assert.True(container.SecurityContext.ReadOnlyRootFilesystem);
            Assert.Equal("100m", container.Resources.Requests["cpu"].ToString());
            Assert.Equal("256Mi", container.Resources.Limits["memory"].ToString());
        }
    }

    [Fact]
    public void The_most_specific_policy_wins_service_over_namespace_over_mesh()
    {
        var relaxed = new SecurityPolicy { RestrictedPodSecurity = false, ReadOnlyRootFilesystem = false, RequireResources = false, AutomountServiceAccountToken = true };
        var bookinfo = new BookinfoTopology().Declare();
        var mesh = bookinfo with
        {
            Security = relaxed,
            NamespaceSecurity = new Dictionary<string, SecurityPolicy> { ["default"] = SecurityPolicy.Restricted with { DefaultResources = Small } },
            Services = [.. bookinfo.Services.Select(s => s.Name == "ratings" ? s with { Security = relaxed } : s)],
        };

        var deployments = Deployments(ManifestRenderer.Render(mesh, "Bookinfo"));

        Assert.All(deployments.Where(d => d.Metadata.Name != "ratings-v1"), d => Assert.Empty(RestrictedProfile.Violations(d.Spec.Template.Spec)));
        var ratings = deployments.Single(d => d.Metadata.Name == "ratings-v1").Spec.Template.Spec;
        Assert.NotEmpty(RestrictedProfile.Violations(ratings));
        Assert.Null(ratings.AutomountServiceAccountToken);
    }

    [Fact]
    public void A_read_only_root_filesystem_gets_the_writable_paths_the_image_needs_as_empty_dirs()
    {
        var bookinfo = new BookinfoTopology().Declare();
        var mesh = bookinfo with
        {
            Security = SecurityPolicy.Restricted with { DefaultResources = Small },
            Services = [.. bookinfo.Services.Select(s => s.Name != "reviews" ? s : s with
            {
                Versions = [.. s.Versions.Select(v => v with { Volumes = new VersionVolumes { WritablePaths = ["/tmp", "/opt/ibm/wlp/output"] } })],
            })],
        };

        var reviews = Deployments(ManifestRenderer.Render(mesh, "Bookinfo")).Where(d => d.Metadata.Name.StartsWith("reviews-", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, reviews.Count);
        foreach (var pod in reviews.Select(d => d.Spec.Template.Spec))
        {
            Assert.Equal(["writable-0", "writable-1"], pod.Volumes.Select(v => v.Name));
            Assert.All(pod.Volumes, v => Assert.NotNull(v.EmptyDir));
            Assert.Equal(["/tmp", "/opt/ibm/wlp/output"], pod.Containers[0].VolumeMounts.Select(m => m.MountPath));
            Assert.Empty(RestrictedProfile.Violations(pod));
        }
    }

    [Fact]
    public void Secrets_reach_workloads_by_reference_only_and_no_Secret_is_ever_rendered()
    {
        var shop = SmallMesh.Shop with
        {
            Versions =
            [
                SmallMesh.Shop.Versions[0] with
                {
                    Env = [EnvironmentVariable.FromSecret("DB_PASSWORD", "shop-db", "password")],
                    Volumes = new VersionVolumes { Secrets = [new SecretVolume("shop-tls", "/etc/tls")] },
                },
                SmallMesh.Shop.Versions[1],
            ],
        };

        var result = ManifestRenderer.Render(SmallMesh.Valid with { Services = [shop, SmallMesh.Stock] }, "Small");

        Assert.True(result.Succeeded, string.Join("\n", result.Findings.Select(f => f.ToMsBuildFormat())));
        var pod = Deployments(result).Single(d => d.Metadata.Name == "shop-v1").Spec.Template.Spec;
        Assert.Equal("shop-db", pod.Containers[0].Env.Single().ValueFrom.SecretKeyRef.Name);
        Assert.Null(pod.Containers[0].Env.Single().Value);
        Assert.Equal("shop-tls", pod.Volumes.Single().Secret.SecretName);
        Assert.True(pod.Containers[0].VolumeMounts.Single().ReadOnlyProperty);
        Assert.DoesNotContain(result.Files, f => f.Content.Contains("\nkind: Secret\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("data:\n  password: aHVudGVyMg==\n", "data")]
    [InlineData("stringData:\n  password: hunter2\n", "stringData")]
    public void The_validator_refuses_a_Secret_carrying_data(string payload, string field)
    {
        var problems = new ManifestValidator().ValidateFile("c1/secret-db.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n" + payload);

        var problem = Assert.Single(problems, p => p.Rule.Id == "MESH027");
        Assert.Equal(field, problem.FieldPath);
        Assert.Equal("Secret db", problem.Object);
    }

    private static List<V1Deployment> Deployments(RenderResult result) =>
        result.Files.Where(f => f.Path.Contains("/deployment-", StringComparison.Ordinal))
            .Select(f => KubernetesYaml.Deserialize<V1Deployment>(f.Content, strict: true)).ToList();
}
