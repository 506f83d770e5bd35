using Bookinfo.Topology;
using Manifests.Bench;
using Manifests.Render;
using Manifests.Render.Write;
using Xunit;

namespace Manifests.Perf.Tests;

/// <summary>The fast write path puts the same bytes on disk, ledger included, and skips what is current.</summary>
public sealed class WriterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "manifests-perf-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Bookinfo_written_to_an_empty_folder_equals_the_committed_manifests_out_including_the_ledger()
    {
        var render = ManifestRenderer.Render(new BookinfoTopology().Declare(), typeof(BookinfoTopology).FullName!);

        ManifestWriter.Write(_root, render.Files);

        ByteIdentityTests.AssertSameFiles(FileTree.Read(RepositoryPaths.ManifestsOut), FileTree.Read(_root));
    }

    [Fact]
    public void A_second_write_of_the_same_render_writes_nothing_and_touches_no_file()
    {
        var render = ManifestRenderer.Render(SyntheticTopology.Declare(20), "Bench");
        ManifestWriter.Write(_root, render.Files);
        var before = Snapshot();

        var result = ManifestWriter.Write(_root, render.Files);

        Assert.True(result.NothingChanged);
        Assert.Equal(render.Files.Count, result.Unchanged);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Changing_one_service_rewrites_only_its_files_and_carries_the_rest_over()
    {
        ManifestWriter.Write(_root, ManifestRenderer.Render(SyntheticTopology.Declare(20), "Bench").Files);
        var fewer = ManifestRenderer.Render(SyntheticTopology.Declare(19), "Bench");

        var result = ManifestWriter.Write(_root, fewer.Files);

        // Service 19 disappears: its 9 files go, and each target's kustomization.yaml changes.
        Assert.Equal(["c1/kustomization.yaml", "c2/kustomization.yaml", "mesh/kustomization.yaml"], result.Written);
        Assert.Equal(SyntheticTopology.ObjectsPerService, result.Removed.Count);
        Assert.All(result.Removed, path => Assert.Contains("svc-00019", path, StringComparison.Ordinal));
        ByteIdentityTests.AssertSameFiles(ByteIdentityTests.ToTree(fewer.Files), WithoutLedger(FileTree.Read(_root)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private SortedDictionary<string, (DateTime, long)> Snapshot()
    {
        var snapshot = new SortedDictionary<string, (DateTime, long)>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
        {
            snapshot.Add(path, (File.GetLastWriteTimeUtc(path), new FileInfo(path).Length));
        }

        return snapshot;
    }

    private static SortedDictionary<string, byte[]> WithoutLedger(SortedDictionary<string, byte[]> tree)
    {
        tree.Remove(".manifests-ledger");
        return tree;
    }
}
