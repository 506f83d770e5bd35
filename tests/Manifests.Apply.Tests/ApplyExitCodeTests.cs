using Manifests.Cli;
using Manifests.Cli.Commands;
using Xunit;
using Xunit.Abstractions;

namespace Manifests.Apply.Tests;

/// <summary>
/// <c>manifests apply</c> ends with the exit codes every command shares (issue #15, point 6): 0 success, 1 findings,
/// 2 the environment is wrong, 3 usage error, 70 a bug. Driven through the whole command line against the fake API servers.
/// </summary>
public sealed class ApplyExitCodeTests(ITestOutputHelper output)
{
    [KubectlFact]
    public async Task A_preflight_that_finds_nothing_exits_0()
    {
        await using var mesh = await TestMesh.StartAsync();

        Assert.Equal(0, (await InvokeAsync(Inputs(mesh), "apply", "--out", mesh.OutputRoot, "--kubeconfig", mesh.Kubeconfig, "--preflight")).Code);
    }

    [Fact]
    public async Task Stale_output_is_a_finding_exit_1()
    {
        await using var mesh = await TestMesh.StartAsync();

        Assert.Equal(1, (await InvokeAsync(Inputs(mesh, stale: "m1c1 differs"), "apply", "--out", mesh.OutputRoot, "--kubeconfig", mesh.Kubeconfig)).Code);
    }

    [KubectlFact]
    public async Task An_unreachable_API_server_exits_2()
    {
        await using var mesh = await TestMesh.StartAsync(unreachable: ["m1c2"]);

        var (code, _, stderr) = await InvokeAsync(Inputs(mesh), "apply", "--out", mesh.OutputRoot, "--kubeconfig", mesh.Kubeconfig);

        Assert.True(code == 2, stderr);
    }

    [KubectlFact]
    public async Task A_context_missing_from_the_kubeconfig_exits_2()
    {
        await using var mesh = await TestMesh.StartAsync();

        Assert.Equal(2, (await InvokeAsync(Inputs(mesh), "apply", "--out", mesh.OutputRoot, "--kubeconfig", mesh.Kubeconfig, "--context", "m1c1=no-such-context", "--preflight")).Code);
    }

    [KubectlFact]
    public async Task An_unreadable_kubeconfig_exits_2()
    {
        await using var mesh = await TestMesh.StartAsync();
        var broken = Path.Combine(mesh.Root, "broken-kubeconfig");
        await File.WriteAllTextAsync(broken, "this: [is not a kubeconfig");

        Assert.Equal(2, (await InvokeAsync(Inputs(mesh), "apply", "--out", mesh.OutputRoot, "--kubeconfig", broken, "--preflight")).Code);
    }

    [Fact]
    public async Task A_missing_kubectl_exits_2()
    {
        await using var mesh = await TestMesh.StartAsync();

        Assert.Equal(2, (await InvokeAsync(Inputs(mesh) with { KubectlPath = "/nonexistent/kubectl" }, "apply", "--out", mesh.OutputRoot)).Code);
    }

    [Fact]
    public async Task An_unknown_option_and_a_target_the_topology_does_not_have_are_usage_errors_exit_3()
    {
        await using var mesh = await TestMesh.StartAsync();

        Assert.Equal(3, (await InvokeAsync(Inputs(mesh), "apply", "--no-such-option")).Code);
        Assert.Equal(3, (await InvokeAsync(Inputs(mesh), "apply", "--out", mesh.OutputRoot, "--target", "no-such-target")).Code);
    }

    [Fact]
    public async Task An_unexpected_exception_is_a_bug_exit_70_with_its_trace()
    {
        var inputs = new ApplyCommandInputs(_ => throw new InvalidOperationException("on purpose"), _ => null);

        var (code, _, stderr) = await InvokeAsync(inputs, "apply");
        output.WriteLine(stderr);

        Assert.Equal(70, code);
        Assert.Contains("bug: System.InvalidOperationException: on purpose", stderr, StringComparison.Ordinal);
    }

    private static ApplyCommandInputs Inputs(TestMesh mesh, string? stale = null) =>
        new(_ => TestMesh.Targets, _ => stale)
        {
            KubectlPath = ExternalTools.Kubectl ?? "kubectl",
            Environment = mesh.Request().Environment,
        };

    private static async Task<(int Code, string Out, string Err)> InvokeAsync(ApplyCommandInputs inputs, params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = await ManifestsCommandLine.InvokeAsync(ManifestsCommandLine.Create(inputs), args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
