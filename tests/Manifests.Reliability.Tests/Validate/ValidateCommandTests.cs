using Manifests.Reliability.Tests.Support;

namespace Manifests.Reliability.Tests.Validate;

/// <summary>The real CLI: <c>manifests render</c> refuses an invalid object in MSBuild's error form (what fails the build), and <c>manifests validate</c>.</summary>
public sealed class ValidateCommandTests
{
    private static string Invalid => RepositoryPaths.ReliabilityTopologyAssembly("Invalid");

    private static string Bookinfo => typeof(Bookinfo.Topology.BookinfoTopology).Assembly.Location;

    private const string ExpectedError = @"InvalidTopology\.cs\(\d+,1\): error MESH025: c1/service-shop\.yaml: Service default/shop: metadata\.labels\.team: value 't{64}' must be at most 63 characters \(it has 64\)\. Fix: ";

    [Fact]
    public void Render_of_an_invalid_object_exits_1_with_an_MSBuild_error_naming_file_object_and_field_and_writes_nothing()
    {
        using var scratch = new TempFolder("reliability");
        var output = scratch.Combine("out");

        var (code, printed) = ManifestsCli.Run(RepositoryPaths.Root, "render", "--topology", Invalid, "--out", output);

        Assert.Equal(1, code);
        Assert.Matches(ExpectedError, printed);
        Assert.Contains("nothing was written", printed);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Validate_of_a_topology_exits_1_on_an_invalid_object_and_0_on_Bookinfo()
    {
        var (invalidCode, invalidPrinted) = ManifestsCli.Run(RepositoryPaths.Root, "validate", "--topology", Invalid);
        Assert.Equal(1, invalidCode);
        Assert.Matches(ExpectedError, invalidPrinted);

        var (code, printed) = ManifestsCli.Run(RepositoryPaths.Root, "validate", "--topology", Bookinfo);
        Assert.True(code == 0, printed);
        Assert.Contains("28 files of Bookinfo.Topology.BookinfoTopology are valid.", printed);
    }

    [Fact]
    public void Validate_of_a_folder_names_the_file_object_and_field_of_each_problem()
    {
        using var scratch = new TempFolder("reliability");
        var folder = scratch.Combine("out");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "manifests-out"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(Path.Combine(RepositoryPaths.Root, "manifests-out"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Assert.Equal(0, ManifestsCli.Run(RepositoryPaths.Root, "validate", "--path", folder).ExitCode);

        var deployment = Path.Combine(folder, "m1c1", "deployment-reviews-v3.yaml");
        File.WriteAllText(deployment, File.ReadAllText(deployment).Replace("containerPort: 9080", "containerPort: 0", StringComparison.Ordinal));
        var (code, printed) = ManifestsCli.Run(RepositoryPaths.Root, "validate", "--path", folder);

        Assert.Equal(1, code);
        Assert.Contains($"{deployment}: error MESH025: Deployment default/reviews-v3: spec.template.spec.containers[0].ports[0].containerPort: 0 is outside 1 to 65535.", printed);
    }
}
