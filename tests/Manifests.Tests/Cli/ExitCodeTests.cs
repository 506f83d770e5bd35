using Manifests.Cli;
using Manifests.Cli.Hosting;
using Manifests.Tests.Support;

namespace Manifests.Tests.Cli;

/// <summary>
/// The exit codes issue #15 (point 6) asks of every command, driven through the whole command line in process:
/// 0 success, 1 findings, 2 the environment is wrong, 3 usage error (README, "The <c>manifests</c> command").
/// </summary>
public sealed class ExitCodeTests : IDisposable
{
    private static readonly string Bookinfo = typeof(Bookinfo.Topology.BookinfoTopology).Assembly.Location;

    // The model assembly is a .NET assembly with no [Topology] class: a topology error.
    private static readonly string NoTopology = typeof(Manifests.Model.Mesh).Assembly.Location;

    private readonly string _scratch = Directory.CreateTempSubdirectory("manifests-exit-").FullName;

    private string Missing => Path.Combine(_scratch, "nope.dll");

    [Fact]
    public async Task Render_exits_0_written_1_stale_2_missing_assembly_3_unknown_option()
    {
        var output = Path.Combine(_scratch, "out");
        Assert.Equal(0, (await Run("render", "--topology", Bookinfo, "--out", output)).Code);
        Assert.Equal(1, (await Run("render", "--topology", Bookinfo, "--out", Path.Combine(_scratch, "empty"), "--check")).Code);
        Assert.Equal(2, (await Run("render", "--topology", Missing, "--out", output)).Code);
        Assert.Equal(3, (await Run("render", "--topology", Bookinfo, "--no-such-option")).Code);
    }

    [Fact]
    public async Task Validate_exits_0_valid_1_invalid_object_2_missing_folder_3_missing_argument()
    {
        Assert.Equal(0, (await Run("validate", "--path", RepositoryPaths.ManifestsOut)).Code);

        // Kubernetes: a containerPort must be between 1 and 65535.
        var invalid = Directory.CreateDirectory(Path.Combine(_scratch, "invalid", "m1c1")).FullName;
        var deployment = File.ReadAllText(Path.Combine(RepositoryPaths.ManifestsOut, "m1c1", "deployment-reviews-v3.yaml"));
        File.WriteAllText(Path.Combine(invalid, "deployment-reviews-v3.yaml"), deployment.Replace("containerPort: 9080", "containerPort: 0", StringComparison.Ordinal));
        Assert.Equal(1, (await Run("validate", "--path", Path.Combine(_scratch, "invalid"))).Code);

        Assert.Equal(2, (await Run("validate", "--path", Path.Combine(_scratch, "no-such-folder"))).Code);
        Assert.Equal(3, (await Run("validate", "--path")).Code);
    }

    [Fact]
    public async Task Diff_exits_0_without_exit_code_1_with_differences_under_exit_code_2_missing_assembly_3_unknown_format()
    {
        var empty = Path.Combine(_scratch, "empty");
        Assert.Equal(0, (await Run("diff", "--topology", Bookinfo, "--out", empty)).Code);
        Assert.Equal(0, (await Run("diff", "--topology", Bookinfo, "--out", RepositoryPaths.ManifestsOut, "--exit-code")).Code);
        Assert.Equal(1, (await Run("diff", "--topology", Bookinfo, "--out", empty, "--exit-code")).Code);
        Assert.Equal(2, (await Run("diff", "--topology", Missing, "--out", empty)).Code);
        Assert.Equal(3, (await Run("diff", "--topology", Bookinfo, "--format", "yaml")).Code);
    }

    [Fact]
    public async Task Graph_exits_0_drawn_1_no_topology_class_2_missing_assembly_3_unknown_format()
    {
        Assert.Equal(0, (await Run("graph", "--topology", Bookinfo)).Code);
        var (code, _, error) = await Run("graph", "--topology", NoTopology);
        Assert.Equal(1, code);
        Assert.Contains("must hold exactly one class marked [Topology]; found no class", error, StringComparison.Ordinal);
        Assert.Equal(2, (await Run("graph", "--topology", Missing)).Code);
        Assert.Equal(3, (await Run("graph", "--topology", Bookinfo, "--format", "png")).Code);
    }

    [Fact]
    public async Task Every_command_lists_the_exit_codes_in_its_help()
    {
        foreach (var command in new[] { "render", "validate", "diff", "graph", "apply" })
        {
            var (code, output, _) = await Run(command, "--help");

            Assert.Equal(0, code);
            Assert.Contains("Exit codes: 0 success, 1 findings, 2 the environment is wrong", output, StringComparison.Ordinal);
            Assert.Contains("3 usage error, 70 a bug.", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_library_assembly_renders_nothing_and_exits_0_when_the_build_asks_to_skip_it()
    {
        var output = Path.Combine(_scratch, "library-out");

        var (code, printed, _) = await Run("render", "--topology", NoTopology, "--out", output, "--skip-without-topology");

        Assert.Equal(0, code);
        Assert.Contains("declares no [Topology] class; nothing rendered.", printed, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        Assert.Equal(1, (await Run("render", "--topology", NoTopology, "--out", output)).Code);
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = await ManifestsCommandLine.InvokeAsync(ManifestsCommandLine.Create(ApplyInputs.FromTopology(stderr)), args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
