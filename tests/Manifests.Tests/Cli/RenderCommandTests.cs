using Manifests.Cli.Commands;
using Manifests.Tests.Support;

namespace Manifests.Tests.Cli;

/// <summary><c>manifests render</c> and <c>--check</c>, driven through the handler with the built Bookinfo assembly.</summary>
public sealed class RenderCommandTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "manifests-cli-" + Guid.NewGuid().ToString("N"));
    private static readonly string TopologyAssembly = typeof(Bookinfo.Topology.BookinfoTopology).Assembly.Location;

    [Fact]
    public void Render_writes_the_committed_files_and_check_then_passes()
    {
        var (code, _, error) = Run(new RenderRequest(TopologyAssembly, _output, Check: false, Build: false));
        Assert.True(code == 0, error);

        foreach (var target in new[] { "m1c1", "m1c2", "mesh" })
        {
            var committed = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.ManifestsOut, target), "*.yaml", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(RepositoryPaths.ManifestsOut, p)).Order(StringComparer.Ordinal).ToList();
            var rendered = Directory.EnumerateFiles(Path.Combine(_output, target), "*.yaml", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(_output, p)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(committed, rendered);
            Assert.All(rendered, p => Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.ManifestsOut, p)), File.ReadAllBytes(Path.Combine(_output, p))));
        }

        Assert.Equal(0, Run(new RenderRequest(TopologyAssembly, _output, Check: true, Build: false)).Code);
    }

    [Fact]
    public void Check_writes_nothing_and_exits_1_with_a_unified_diff_when_a_file_was_edited()
    {
        Run(new RenderRequest(TopologyAssembly, _output, Check: false, Build: false));
        var edited = Path.Combine(_output, "m1c1", "deployment-reviews-v3.yaml");
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("replicas: 1", "replicas: 3", StringComparison.Ordinal));
        var before = File.ReadAllText(edited);

        var (code, output, _) = Run(new RenderRequest(TopologyAssembly, _output, Check: true, Build: false));

        Assert.Equal(1, code);
        Assert.Contains("--- a/m1c1/deployment-reviews-v3.yaml", output, StringComparison.Ordinal);
        Assert.Contains("-  replicas: 3", output, StringComparison.Ordinal);
        Assert.Contains("+  replicas: 1", output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(edited));
    }

    [Fact]
    public void A_second_render_with_nothing_changed_says_current_and_a_hand_edit_is_put_back()
    {
        Run(new RenderRequest(TopologyAssembly, _output, Check: false, Build: false));

        var (code, output, _) = Run(new RenderRequest(TopologyAssembly, _output, Check: false, Build: false));

        Assert.Equal(0, code);
        Assert.Contains("current (it holds the render of this topology and build); nothing written", output, StringComparison.Ordinal);

        var edited = Path.Combine(_output, "m1c1", "deployment-reviews-v3.yaml");
        var committed = File.ReadAllBytes(edited);
        File.AppendAllText(edited, "# edited by hand\n");

        (code, output, _) = Run(new RenderRequest(TopologyAssembly, _output, Check: false, Build: false));

        Assert.Equal(0, code);
        Assert.Contains("1 written, 0 removed", output, StringComparison.Ordinal);
        Assert.Equal(committed, File.ReadAllBytes(edited));
    }

    [Fact]
    public void A_missing_topology_assembly_is_a_one_line_environment_error_with_exit_code_2()
    {
        var (code, _, error) = Run(new RenderRequest(Path.Combine(_output, "nope.dll"), _output, Check: false, Build: false));

        Assert.Equal(2, code);
        Assert.StartsWith("error: Topology assembly", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_output));
    }

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }

        // The record of the last render and the writer's lock sit beside the output folder.
        File.Delete(Path.Combine(Path.GetTempPath(), "." + Path.GetFileName(_output) + ".render"));
        File.Delete(Path.Combine(Path.GetTempPath(), "." + Path.GetFileName(_output) + ".lock"));
    }

    private static (int Code, string Output, string Error) Run(RenderRequest request)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = RenderHandler.Run(request, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
