using Manifests.Reliability.Tests.Support;
using Manifests.Render.Emit;
using Manifests.Render.Write;

namespace Manifests.Reliability.Tests.Write;

/// <summary>
/// A generated folder left empty (its only file deleted by hand) is no one's obstacle: the next render fills it
/// again. An empty folder where a generated file itself must go still is, and nothing is written.
/// </summary>
public sealed class EmptiedFolderTests
{
    private static readonly RenderedFile[] Render =
    [
        new("m1c1/service-a.yaml", "kind: Service\nname: a\n"),
        new("m1c1/shop/service-b.yaml", "kind: Service\nname: b\n"),
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Deleting_the_only_file_of_a_generated_folder_is_undone_by_the_next_write(bool alsoEditAnother)
    {
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("out");
        ManifestWriter.Write(root, Render);
        File.Delete(Path.Combine(root, "m1c1", "shop", "service-b.yaml"));
        if (alsoEditAnother)
        {
            File.AppendAllText(Path.Combine(root, "m1c1", "service-a.yaml"), "# mine\n");
        }

        var again = ManifestWriter.Write(root, Render);

        Assert.Empty(again.Conflicts);
        Assert.Contains("m1c1/shop/service-b.yaml", again.Written);
        Assert.Equal("kind: Service\nname: b\n", File.ReadAllText(Path.Combine(root, "m1c1", "shop", "service-b.yaml")));
    }

    [Fact]
    public void An_empty_folder_where_a_generated_file_goes_is_still_in_the_way()
    {
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("out");
        ManifestWriter.Write(root, Render);
        File.Delete(Path.Combine(root, "m1c1", "service-a.yaml"));
        Directory.CreateDirectory(Path.Combine(root, "m1c1", "service-a.yaml"));

        var again = ManifestWriter.Write(root, Render);

        Assert.Equal(["m1c1/service-a.yaml"], again.Conflicts);
        Assert.True(Directory.Exists(Path.Combine(root, "m1c1", "service-a.yaml")));
    }
}
