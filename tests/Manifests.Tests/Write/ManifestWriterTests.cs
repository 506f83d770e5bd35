using Manifests.Render.Emit;
using Manifests.Render.Write;

namespace Manifests.Tests.Write;

public sealed class ManifestWriterTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "manifests-writer-" + Guid.NewGuid().ToString("N"), "out");

    [Fact]
    public void Files_no_longer_rendered_are_removed_and_the_users_own_files_stay()
    {
        ManifestWriter.Write(_root, [new("a/one.yaml", "one\n"), new("a/two.yaml", "two\n")]);
        File.WriteAllText(Path.Combine(_root, "README.md"), "mine");

        var result = ManifestWriter.Write(_root, [new("a/one.yaml", "one\n")]);

        Assert.Equal(["a/two.yaml"], result.Removed);
        Assert.False(File.Exists(Path.Combine(_root, "a", "two.yaml")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_root, "README.md")));
    }

    [Fact]
    public void A_users_file_in_the_way_is_reported_and_nothing_is_written()
    {
        Directory.CreateDirectory(Path.Combine(_root, "a"));
        File.WriteAllText(Path.Combine(_root, "a", "one.yaml"), "hand-written");

        var result = ManifestWriter.Write(_root, [new("a/one.yaml", "one\n"), new("a/two.yaml", "two\n")]);

        Assert.Equal(["a/one.yaml"], result.Conflicts);
        Assert.Equal("hand-written", File.ReadAllText(Path.Combine(_root, "a", "one.yaml")));
        Assert.False(File.Exists(Path.Combine(_root, "a", "two.yaml")));
    }

    [Fact]
    public void Unchanged_files_keep_their_modification_time_and_a_no_op_render_writes_nothing()
    {
        ManifestWriter.Write(_root, [new("a/one.yaml", "one\n"), new("a/two.yaml", "two\n")]);
        var oneTime = DateTime.UtcNow.AddHours(-1);
        File.SetLastWriteTimeUtc(Path.Combine(_root, "a", "one.yaml"), oneTime);

        var noOp = ManifestWriter.Write(_root, [new("a/one.yaml", "one\n"), new("a/two.yaml", "two\n")]);
        var changed = ManifestWriter.Write(_root, [new("a/one.yaml", "one\n"), new("a/two.yaml", "TWO\n")]);

        Assert.True(noOp.NothingChanged);
        Assert.Equal(["a/two.yaml"], changed.Written);
        Assert.Equal(oneTime, File.GetLastWriteTimeUtc(Path.Combine(_root, "a", "one.yaml")));
        Assert.Equal("TWO\n", File.ReadAllText(Path.Combine(_root, "a", "two.yaml")));
    }

    [Theory]
    [InlineData("../escape.yaml")]
    [InlineData("a/../../escape.yaml")]
    [InlineData("/etc/passwd")]
    [InlineData("a\\b.yaml")]
    public void A_path_that_would_leave_the_output_root_is_refused(string path)
    {
        Assert.Throws<ArgumentException>(() => ManifestWriter.Write(_root, [new RenderedFile(path, "x\n")]));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(_root)!, "escape.yaml")));
    }

    public void Dispose()
    {
        var parent = Path.GetDirectoryName(_root)!;
        if (Directory.Exists(parent))
        {
            Directory.Delete(parent, recursive: true);
        }
    }
}
