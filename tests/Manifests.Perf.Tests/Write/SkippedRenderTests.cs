using Manifests.Bench;
using Manifests.Model;
using Manifests.Render;
using Manifests.Render.Deliver;
using Manifests.Render.Reuse;
using Manifests.Render.Write;
using Xunit;

namespace Manifests.Perf.Tests;

/// <summary>
/// A render is skipped only when the output root provably holds it: the same fingerprint, and every file
/// the last render wrote still there with its bytes. Anything else — a hand edit, a deleted or replaced file,
/// a lost record, another topology — renders and writes in full, and the root ends up as a fresh render's.
/// </summary>
public sealed class SkippedRenderTests : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "manifests-skip-" + Guid.NewGuid().ToString("N"));
    private readonly string _root;
    private readonly Mesh _mesh = SyntheticTopology.Declare(5);

    public SkippedRenderTests()
    {
        _root = Path.Combine(_parent, "out");
    }

    [Fact]
    public void A_second_run_with_nothing_changed_renders_nothing_and_touches_no_file()
    {
        RenderAndWrite(_mesh);
        var before = Snapshot();

        var second = IncrementalRender.Run(_mesh, "Bench", RenderLayout.Default, [_root]);

        Assert.True(second.Current);
        Assert.Null(second.Render);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void The_checks_still_run_and_report_warnings_when_the_render_is_skipped()
    {
        // MESH013: a port name without Istio's protocol prefix is a warning, not an error.
        var mesh = _mesh with { Services = [.. _mesh.Services, new Service("legacy") { Ports = [new ServicePort("web", 80)], Versions = [new ServiceVersion("v1") { Image = "r/legacy:1", Clusters = ["c1"] }] }] };
        var first = RenderAndWrite(mesh);
        Assert.Contains(first.Findings, f => f.Rule.Id == "MESH013");

        var second = IncrementalRender.Run(mesh, "Bench", RenderLayout.Default, [_root]);

        Assert.True(second.Current);
        Assert.Equal(first.Findings.Select(f => f.ToMsBuildFormat()), second.Findings.Select(f => f.ToMsBuildFormat()));
    }

    public static TheoryData<string> Tamperings() =>
        ["edit a generated file", "delete a generated file", "replace a generated file by a link to the same bytes", "delete the record", "record of another render"];

    [Theory]
    [MemberData(nameof(Tamperings))]
    public void After_tampering_the_next_run_renders_and_puts_the_fresh_files_back(string tampering)
    {
        RenderAndWrite(_mesh);
        var expected = FileTree.Read(_root);
        var victim = Path.Combine(_root, "c1", "service-svc-00002.yaml");
        var record = Path.Combine(_parent, ".out.render");
        Assert.True(File.Exists(record));
        switch (tampering)
        {
            case "edit a generated file":
                File.AppendAllText(victim, "# mine\n");
                break;
            case "delete a generated file":
                File.Delete(victim);
                break;
            case "replace a generated file by a link to the same bytes":
                var elsewhere = Path.Combine(_parent, "elsewhere.yaml");
                File.Copy(victim, elsewhere);
                File.Delete(victim);
                File.CreateSymbolicLink(victim, elsewhere);
                break;
            case "delete the record":
                File.Delete(record);
                break;
            case "record of another render":
                File.WriteAllText(record, File.ReadAllText(record).Replace("render\t", "render\t0", StringComparison.Ordinal));
                break;
        }

        var next = IncrementalRender.Run(_mesh, "Bench", RenderLayout.Default, [_root]);

        Assert.NotNull(next.Render);
        if (tampering.Contains("link", StringComparison.Ordinal))
        {
            // A link is never the tool's: the writer reports it in the way rather than overwrite it.
            Assert.NotEmpty(ManifestWriter.Write(_root, next.Render!.Files, next.Fingerprint).Conflicts);
            return;
        }

        ManifestWriter.Write(_root, next.Render!.Files, next.Fingerprint);
        ByteIdentityTests.AssertSameFiles(expected, FileTree.Read(_root));
        Assert.True(IncrementalRender.Run(_mesh, "Bench", RenderLayout.Default, [_root]).Current);
    }

    [Fact]
    public void A_changed_topology_is_rendered()
    {
        RenderAndWrite(_mesh);

        var changed = IncrementalRender.Run(SyntheticTopology.Declare(6), "Bench", RenderLayout.Default, [_root]);

        Assert.NotNull(changed.Render);
    }

    [Fact]
    public void A_write_without_a_fingerprint_forgets_the_last_render()
    {
        RenderAndWrite(_mesh);

        ManifestWriter.Write(_root, ManifestRenderer.Render(SyntheticTopology.Declare(4), "Bench").Files);
        ManifestWriter.Write(_root, ManifestRenderer.Render(_mesh, "Bench").Files);

        Assert.NotNull(IncrementalRender.Run(_mesh, "Bench", RenderLayout.Default, [_root]).Render);
    }

    [Fact]
    public void A_deleted_starter_file_is_created_again()
    {
        var kustomize = Path.Combine(_parent, "kustomize");
        var render = ManifestRenderer.Render(_mesh, "Bench");
        var fingerprint = RenderFingerprint.Of(_mesh, "Bench", RenderLayout.Default);
        ManifestWriter.Write(kustomize, render.KustomizeFiles, fingerprint);
        var starter = render.KustomizeFiles.First(f => f.UserOwned).Path;
        Assert.True(ManifestWriter.HoldsRender(kustomize, fingerprint));

        File.Delete(Path.Combine(kustomize, starter));

        Assert.False(ManifestWriter.HoldsRender(kustomize, fingerprint));
        ManifestWriter.Write(kustomize, render.KustomizeFiles, fingerprint);
        Assert.True(File.Exists(Path.Combine(kustomize, starter)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_parent))
        {
            Directory.Delete(_parent, recursive: true);
        }
    }

    private IncrementalRenderResult RenderAndWrite(Mesh mesh)
    {
        var result = IncrementalRender.Run(mesh, "Bench", RenderLayout.Default, [_root]);
        Assert.NotNull(result.Render);
        Assert.True(result.Succeeded);
        ManifestWriter.Write(_root, result.Render!.Files, result.Fingerprint);
        return result;
    }

    private SortedDictionary<string, (DateTime, long)> Snapshot()
    {
        var snapshot = new SortedDictionary<string, (DateTime, long)>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(_parent, "*", SearchOption.AllDirectories))
        {
            snapshot.Add(path, (File.GetLastWriteTimeUtc(path), new FileInfo(path).Length));
        }

        return snapshot;
    }
}
