using System.CommandLine;
using Manifests.Cli;
using Manifests.Cli.Commands;
using Xunit;
using Xunit.Abstractions;

namespace Manifests.Apply.Tests;

/// <summary>The <c>apply</c> command: options become an <see cref="ApplyRequest"/>, the report becomes output and an exit code.</summary>
public sealed class ApplyCommandTests(ITestOutputHelper output)
{
    private static async Task<(int ExitCode, string Out, string Err)> InvokeAsync(ApplyCommandInputs inputs, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = await ManifestsCommandLine.InvokeAsync(ManifestsCommandLine.Create(inputs), args, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    private static ApplyCommandInputs Inputs(TestMesh? mesh = null, string? stale = null) =>
        new(_ => TestMesh.Targets, _ => stale)
        {
            KubectlPath = ExternalTools.Kubectl ?? "kubectl",
            Environment = mesh?.Request().Environment ?? new Dictionary<string, string>(),
        };

    [Fact]
    public async Task Help_shows_the_options_and_an_example()
    {
        var (exitCode, stdout, _) = await InvokeAsync(Inputs(), "apply", "--help");
        output.WriteLine(stdout);

        Assert.Equal(0, exitCode);
        Assert.Contains("Examples:", stdout, StringComparison.Ordinal);
        Assert.Contains("apply --context m1c1=prod-a", stdout, StringComparison.Ordinal);
        foreach (var option in new[] { "--context", "--kubeconfig", "--target", "--dry-run", "--diff", "--prune", "--preflight", "--force", "--argocd", "--out" })
        {
            Assert.Contains(option, stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_context_without_equals_and_an_unknown_dry_run_mode_are_usage_errors_exit_3()
    {
        var (exitCode, _, stderr) = await InvokeAsync(Inputs(), "apply", "--context", "m1c1", "--dry-run", "maybe");
        output.WriteLine(stderr);

        Assert.Equal(3, exitCode);
        Assert.Contains("expected target=context", stderr, StringComparison.Ordinal);
        Assert.Contains("maybe", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stale_output_is_refused_with_exit_code_1()
    {
        var (exitCode, stdout, _) = await InvokeAsync(Inputs(stale: "m1c1/service-reviews.yaml changed"), "apply", "--out", "anywhere");

        Assert.Equal(1, exitCode);
        Assert.Contains("stale: m1c1/service-reviews.yaml changed", stdout, StringComparison.Ordinal);
    }

    [KubectlFact]
    public async Task Options_reach_kubectl_a_server_dry_run_of_the_mesh_under_an_overridden_context()
    {
        await using var mesh = await TestMesh.StartAsync();

        var (exitCode, stdout, stderr) = await InvokeAsync(Inputs(mesh),
            "apply", "--out", mesh.OutputRoot, "--kubeconfig", mesh.Kubeconfig, "--target", "mesh",
            "--context", "mesh=mesh", "--dry-run", "server");
        output.WriteLine(stderr);
        output.WriteLine(stdout);

        Assert.Equal(0, exitCode);
        Assert.Empty(mesh.M1c1.Requests);
        Assert.Empty(mesh.M1c2.Requests);
        var patches = mesh.Mesh.Requests.Where(r => r.Method == "PATCH").ToList();
        Assert.Equal(5, patches.Count);
        Assert.All(patches, p => Assert.Equal(("All", "manifests"), (p.DryRun, p.FieldManager)));
        Assert.Contains("mesh: step 4/4 virtual services in default", stderr, StringComparison.Ordinal);
        Assert.Contains("Applied: mesh.", stdout, StringComparison.Ordinal);
    }

    [KubectlFact]
    public async Task Preflight_alone_checks_every_target_and_writes_nothing()
    {
        await using var mesh = await TestMesh.StartAsync();

        var (exitCode, stdout, _) = await InvokeAsync(Inputs(mesh), "apply", "--out", mesh.OutputRoot, "--kubeconfig", mesh.Kubeconfig, "--preflight");
        output.WriteLine(stdout);

        Assert.Equal(0, exitCode);
        Assert.Contains("Checked: m1c1, m1c2, mesh.", stdout, StringComparison.Ordinal);
        Assert.Empty(mesh.Servers.SelectMany(s => s.Writes));
        Assert.All(mesh.Servers, s => Assert.Contains(s.Requests, r => r.Path == "/version"));
    }
}
