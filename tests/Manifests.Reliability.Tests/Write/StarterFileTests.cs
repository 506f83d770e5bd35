using Manifests.Reliability.Tests.Support;
using Manifests.Render.Emit;
using Manifests.Render.Write;

namespace Manifests.Reliability.Tests.Write;

/// <summary>A user-owned starter file is created when missing, then the user's: never rewritten, never listed in the ledger.</summary>
public sealed class StarterFileTests
{
    private static readonly RenderedFile Starter = new("m1c1/patches/kustomization.yaml", "patches: []\n") { UserOwned = true };

    private static readonly RenderedFile[] Render =
    [
        .. Enumerable.Range(0, 20).Select(i => new RenderedFile($"m1c1/service-a{i:D2}.yaml", $"kind: Service\nname: a{i:D2}\n")),
        Starter,
    ];

    [Fact]
    public void An_edited_starter_is_kept_and_a_deleted_one_comes_back_with_the_other_changes()
    {
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("out");
        var starter = Path.Combine(root, "m1c1", "patches", "kustomization.yaml");

        var first = ManifestWriter.Write(root, Render);
        File.WriteAllText(starter, "patches:\n- path: replicas.yaml\n");
        var again = ManifestWriter.Write(root, Render);

        Assert.Contains(Starter.Path, first.Written);
        Assert.DoesNotContain(Starter.Path, File.ReadAllLines(Path.Combine(root, ".manifests-ledger")));
        Assert.True(again.NothingChanged);
        Assert.Equal(20, again.Unchanged);
        Assert.Equal("patches:\n- path: replicas.yaml\n", File.ReadAllText(starter));

        File.Delete(starter);
        var changed = Render.ToArray();
        changed[3] = changed[3] with { Content = "kind: Service\nname: a03\nport: 81\n" };
        var restored = ManifestWriter.Write(root, changed);

        Assert.Equal(["m1c1/service-a03.yaml", Starter.Path], restored.Written);
        Assert.Equal(Starter.Content, File.ReadAllText(starter));
    }

    [Fact]
    public void A_users_folder_in_place_of_one_generated_file_is_a_conflict_and_nothing_is_written()
    {
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("out");
        ManifestWriter.Write(root, Render);
        File.Delete(Path.Combine(root, "m1c1", "service-a05.yaml"));
        Directory.CreateDirectory(Path.Combine(root, "m1c1", "service-a05.yaml"));
        File.WriteAllText(Path.Combine(root, "m1c1", "service-a05.yaml", "notes.md"), "mine\n");
        var before = FileTree.Fingerprint(root);

        var result = ManifestWriter.Write(root, Render);

        Assert.Equal(["m1c1/service-a05.yaml/notes.md"], result.Conflicts);
        Assert.Equal(before, FileTree.Fingerprint(root));
    }
}
