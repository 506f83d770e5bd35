using Manifests.Reliability.Tests.Support;
using Manifests.Render.Emit;
using Manifests.Render.Write;

namespace Manifests.Reliability.Tests.Write;

/// <summary>The writer's ledger: what the tool wrote it may remove; everything else is the user's and stays.</summary>
public sealed class OutputLedgerTests
{
    private static readonly RenderedFile Deployment = new("m1c1/deployment-a-v1.yaml", "kind: Deployment\n");
    private static readonly RenderedFile Service = new("m1c1/service-a.yaml", "kind: Service\n");
    private static readonly RenderedFile Gateway = new("mesh/istio-system/istiogateway-ingress.yaml", "kind: IstioGateway\n");

    [Fact]
    public void Files_written_earlier_and_no_longer_rendered_are_removed()
    {
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("out");
        ManifestWriter.Write(root, [Deployment, Service, Gateway]);

        var result = ManifestWriter.Write(root, [Service]);

        Assert.Equal([Deployment.Path, Gateway.Path], result.Removed.Order(StringComparer.Ordinal));
        Assert.Equal([".manifests-ledger", Service.Path], Files(root));
    }

    [Fact]
    public void A_users_readme_and_patch_file_survive_renders_that_add_change_and_remove_files()
    {
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("out");
        ManifestWriter.Write(root, [Deployment]);
        File.WriteAllText(Path.Combine(root, "README.md"), "ours\n");
        Directory.CreateDirectory(Path.Combine(root, "m1c1", "patches"));
        File.WriteAllText(Path.Combine(root, "m1c1", "patches", "replicas.yaml"), "patch\n");
        var written = File.GetLastWriteTimeUtc(Path.Combine(root, "README.md"));

        ManifestWriter.Write(root, [Deployment with { Content = "kind: Deployment\nchanged: true\n" }, Service]);
        ManifestWriter.Write(root, [Gateway]);

        Assert.Equal("ours\n", File.ReadAllText(Path.Combine(root, "README.md")));
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(root, "README.md")));
        Assert.Equal("patch\n", File.ReadAllText(Path.Combine(root, "m1c1", "patches", "replicas.yaml")));
        Assert.Equal([".manifests-ledger", "README.md", "m1c1/patches/replicas.yaml", Gateway.Path], Files(root));
    }

    [Fact]
    public void A_user_file_at_a_rendered_path_is_reported_and_nothing_is_written()
    {
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("out");
        ManifestWriter.Write(root, [Deployment]);
        File.WriteAllText(Path.Combine(root, "m1c1", "service-a.yaml"), "mine, hand-written\n");
        var before = FileTree.Fingerprint(root);

        var result = ManifestWriter.Write(root, [Service, Gateway]);

        Assert.Equal([Service.Path], result.Conflicts);
        Assert.Empty(result.Written);
        Assert.Equal(before, FileTree.Fingerprint(root));
    }

    [Fact]
    public void A_user_file_where_a_rendered_folder_must_go_is_a_conflict_not_a_crash()
    {
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("out");
        ManifestWriter.Write(root, [Deployment]);
        Directory.CreateDirectory(Path.Combine(root, "mesh"));
        File.WriteAllText(Path.Combine(root, "mesh", "istio-system"), "a file named like a namespace folder\n");
        var before = FileTree.Fingerprint(root);

        var result = ManifestWriter.Write(root, [Deployment, Gateway]);

        Assert.Equal(["mesh/istio-system"], result.Conflicts);
        Assert.Equal(before, FileTree.Fingerprint(root));
    }

    [Fact]
    public void A_user_folder_where_a_rendered_file_must_go_is_a_conflict_not_a_crash()
    {
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("out");
        Directory.CreateDirectory(Path.Combine(root, "m1c1", "service-a.yaml"));
        File.WriteAllText(Path.Combine(root, "m1c1", "service-a.yaml", "notes.txt"), "notes\n");
        Directory.CreateDirectory(Path.Combine(root, "m1c1", "deployment-a-v1.yaml"));

        var result = ManifestWriter.Write(root, [Deployment, Service]);

        Assert.Equal(["m1c1/deployment-a-v1.yaml", "m1c1/service-a.yaml/notes.txt"], result.Conflicts);
        Assert.Equal("notes\n", File.ReadAllText(Path.Combine(root, "m1c1", "service-a.yaml", "notes.txt")));
        Assert.False(File.Exists(Path.Combine(root, ".manifests-ledger")));
    }

    [Fact]
    public void An_empty_user_folder_and_a_user_link_to_a_folder_elsewhere_survive_untouched()
    {
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("out");
        var elsewhere = scratch.Combine("shared-patches");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "keep.yaml"), "keep\n");
        ManifestWriter.Write(root, [Deployment]);
        Directory.CreateDirectory(Path.Combine(root, "overlays", "staging"));
        Directory.CreateSymbolicLink(Path.Combine(root, "patches"), elsewhere);

        ManifestWriter.Write(root, [Service]);
        ManifestWriter.Write(root, [Deployment]);

        Assert.True(Directory.Exists(Path.Combine(root, "overlays", "staging")));
        Assert.Equal(elsewhere, new DirectoryInfo(Path.Combine(root, "patches")).LinkTarget);
        Assert.Equal("keep\n", File.ReadAllText(Path.Combine(elsewhere, "keep.yaml")));
    }

    [Theory]
    [InlineData("../escape.yaml")]
    [InlineData("m1c1/../../escape.yaml")]
    [InlineData("/tmp/escape.yaml")]
    [InlineData("m1c1\\..\\..\\escape.yaml")]
    [InlineData("m1c1//x.yaml")]
    [InlineData("./m1c1/x.yaml")]
    [InlineData("m1c1/..")]
    [InlineData("")]
    [InlineData("m1c1/x\0.yaml")]
    public void No_path_can_leave_the_output_root_and_nothing_is_written(string path)
    {
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("deep", "out");

        Assert.Throws<ArgumentException>(() => ManifestWriter.Write(root, [Deployment, new RenderedFile(path, "kind: Service\n")]));

        Assert.Empty(Directory.EnumerateFileSystemEntries(scratch.Path));
    }

    [Fact]
    public void Two_objects_in_one_file_are_refused()
    {
        using var scratch = new TempFolder("reliability");
        Assert.Throws<ArgumentException>(() => ManifestWriter.Write(scratch.Combine("out"), [Service, Service with { Content = "kind: Service\nother: 1\n" }]));
        Assert.False(Directory.Exists(scratch.Combine("out")));
    }

    [Theory]
    [InlineData("apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: aHVudGVyMg==\n")]
    [InlineData("apiVersion: v1\nkind: 'Secret'\nmetadata:\n  name: db\nstringData:\n  password: hunter2\n")]
    public void A_Secret_carrying_data_is_never_written(string content)
    {
        using var scratch = new TempFolder("reliability");
        Assert.Throws<ArgumentException>(() => ManifestWriter.Write(scratch.Combine("out"), [new RenderedFile("m1c1/secret-db.yaml", content)]));
        Assert.False(Directory.Exists(scratch.Combine("out")));
    }

    [Fact]
    public void Concurrent_renders_into_one_root_each_land_whole()
    {
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("out");
        RenderedFile[] first = [.. Enumerable.Range(0, 300).Select(i => new RenderedFile($"m1c1/service-a{i}.yaml", "first\n"))];
        RenderedFile[] second = [.. Enumerable.Range(0, 200).Select(i => new RenderedFile($"m1c2/service-b{i}.yaml", "second\n"))];

        Parallel.For(0, 8, i => ManifestWriter.Write(root, i % 2 == 0 ? first : second));

        var files = Files(root).Where(f => f != ".manifests-ledger").ToList();
        Assert.True(files.SequenceEqual(first.Select(f => f.Path).Order(StringComparer.Ordinal)) ||
            files.SequenceEqual(second.Select(f => f.Path).Order(StringComparer.Ordinal)), "Concurrent renders mixed their trees.");
    }

    [Fact]
    public void The_ledger_lists_paths_in_ordinal_order_whatever_order_they_were_rendered_in()
    {
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("out");
        string[] names = ["m1c1/kustomization.yaml", "m1c1/service-b.yaml", "m1c1/service-a.yaml", "m1c1-x/z.yaml", "m1c1/a/b.yaml", "Z.yaml", "é.yaml", "m1c2/a.yaml", "m1c1/service-a.yaml.bak"];
        var random = new Random(7);
        RenderedFile[] files = [.. names.Concat(Enumerable.Range(0, 500).Select(i => $"m1c{random.Next(3)}/f{random.Next(100000)}-{i}.yaml")).Select(p => new RenderedFile(p, "x\n"))];
        random.Shuffle(files);

        ManifestWriter.Write(root, files);

        var expected = "# Files written by Manifests; any other file here is yours and is left alone.\n" +
            string.Concat(files.Select(f => f.Path).Order(StringComparer.Ordinal).Select(p => p + "\n"));
        Assert.Equal(expected, File.ReadAllText(Path.Combine(root, ".manifests-ledger")));
    }

    private static List<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();
}
