using System.Diagnostics;
using Manifests.Reliability.Tests.Support;
using Manifests.Render.Emit;
using Manifests.Render.Write;

namespace Manifests.Reliability.Tests.Write;

/// <summary>A render that changes one file's content replaces that file alone, and leaves every other entry as it was.</summary>
public sealed class OneFileChangeTests
{
    private static readonly RenderedFile[] Render =
    [
        .. Enumerable.Range(0, 50).Select(i => new RenderedFile($"m1c1/service-a{i:D2}.yaml", $"kind: Service\nname: a{i:D2}\n")),
        new RenderedFile("mesh/istio-system/gateway.yaml", "kind: Gateway\n"),
    ];

    [Fact]
    public void Only_the_changed_file_gets_a_new_inode_and_the_ledger_and_user_files_are_untouched()
    {
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("out");
        ManifestWriter.Write(root, Render);
        File.WriteAllText(Path.Combine(root, "m1c1", "notes.md"), "mine\n");
        Directory.CreateDirectory(Path.Combine(root, "overlays", "empty"));
        var before = Entries(root);
        var changed = Render.ToArray();
        changed[7] = changed[7] with { Content = "kind: Service\nname: a07\nport: 81\n" };

        var result = ManifestWriter.Write(root, changed);

        Assert.Equal(["m1c1/service-a07.yaml"], result.Written);
        Assert.Empty(result.Removed);
        Assert.Equal(Render.Length - 1, result.Unchanged);
        var after = Entries(root);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before.Keys.Where(p => p != "m1c1/service-a07.yaml"), p => Assert.Equal(before[p], after[p]));
        Assert.NotEqual(before["m1c1/service-a07.yaml"], after["m1c1/service-a07.yaml"]);
        Assert.Equal(changed[7].Content, File.ReadAllText(Path.Combine(root, "m1c1", "service-a07.yaml")));
        Assert.True(Directory.Exists(Path.Combine(root, "overlays", "empty")));
        Assert.False(Directory.Exists(scratch.Combine(".out.next")), "The staged file's scratch folder was left behind.");
    }

    [Fact]
    public void A_deleted_generated_file_is_restored_alone()
    {
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("out");
        ManifestWriter.Write(root, Render);
        File.Delete(Path.Combine(root, "m1c1", "service-a03.yaml"));

        var result = ManifestWriter.Write(root, Render);

        Assert.Equal(["m1c1/service-a03.yaml"], result.Written);
        Assert.Equal(Render[3].Content, File.ReadAllText(Path.Combine(root, "m1c1", "service-a03.yaml")));
        Assert.True(ManifestWriter.Write(root, Render).NothingChanged);
    }

    [Fact]
    public void A_change_that_adds_a_file_rewrites_the_ledger_through_a_new_tree()
    {
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("out");
        ManifestWriter.Write(root, Render);
        RenderedFile added = new("m1c1/service-b.yaml", "kind: Service\nname: b\n");

        var result = ManifestWriter.Write(root, [.. Render, added]);

        Assert.Equal([added.Path], result.Written);
        Assert.Contains(added.Path, File.ReadAllLines(Path.Combine(root, ".manifests-ledger")));
    }

    // Every entry below the root but folders, with its inode and change time (which a new hard link would move too),
    // as find(1) reports them: .NET exposes neither.
    private static SortedDictionary<string, string> Entries(string root)
    {
        var find = new ProcessStartInfo("find", [root, "-not", "-type", "d", "-printf", "%P %i %C@\\n"]) { RedirectStandardOutput = true };
        using var process = Process.Start(find)!;
        var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return new SortedDictionary<string, string>(lines.ToDictionary(l => l[..l.IndexOf(' ')], l => l[(l.IndexOf(' ') + 1)..]), StringComparer.Ordinal);
    }
}
