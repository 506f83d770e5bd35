using Manifests.Apply.Tests.Fake;
using Xunit;
using Xunit.Abstractions;

namespace Manifests.Apply.Tests;

/// <summary>Delivery through Argo CD: argocd/ goes to the Argo CD context, and only there.</summary>
public sealed class ArgoCdTests(ITestOutputHelper output)
{
    [KubectlFact]
    public async Task Argo_CD_objects_go_to_the_Argo_CD_context_only_and_waiting_is_skipped_without_the_argocd_CLI()
    {
        await using var mesh = await TestMesh.StartAsync(withArgoCd: true);

        var (report, text, _) = await mesh.ApplyAsync(mesh.Request() with
        {
            ArgoCdContext = "argocd",
            ArgoCdWait = true,
            ArgoCdPath = Path.Combine(mesh.Root, "no-argocd-here"),
        });
        output.WriteLine(text);

        Assert.Equal(0, report.ExitCode);
        Assert.Equal(
            ["PATCH applicationsets argocd/bookinfo", "PATCH appprojects argocd/bookinfo"],
            mesh.ArgoCd.Writes.Select(w => w.Describe()).Order(StringComparer.Ordinal));
        Assert.All(mesh.ArgoCd.Writes, w => Assert.Equal("manifests", w.FieldManager));
        Assert.Empty(mesh.M1c1.Requests);
        Assert.Empty(mesh.M1c2.Requests);
        Assert.Empty(mesh.Mesh.Requests);
        Assert.Contains("Note: the argocd CLI was not found", text, StringComparison.Ordinal);
    }

    [KubectlFact]
    public async Task Where_an_argocd_CLI_exists_it_is_asked_to_wait_for_the_generated_Applications()
    {
        await using var mesh = await TestMesh.StartAsync(withArgoCd: true);
        // No real argocd here: a stand-in records its arguments so the call itself can be checked.
        var argv = Path.Combine(mesh.Root, "argocd-argv");
        var argocd = Path.Combine(mesh.Root, "argocd");
        File.WriteAllText(argocd, $"#!/bin/sh\nprintf '%s\\n' \"$@\" > '{argv}'\n");
        // A shell script stand-in needs a POSIX system; on Windows the test fails visibly rather than passing.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(argocd, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var (report, text, _) = await mesh.ApplyAsync(mesh.Request() with { ArgoCdContext = "argocd", ArgoCdWait = true, ArgoCdPath = argocd });
        output.WriteLine(text);

        Assert.Equal(0, report.ExitCode);
        Assert.Equal(
            ["app", "wait", "bookinfo-m1c1", "bookinfo-m1c2", "bookinfo-mesh", "--sync", "--health", "--timeout", "300", "--core", "--kube-context", "argocd"],
            File.ReadAllLines(argv));
    }
}
