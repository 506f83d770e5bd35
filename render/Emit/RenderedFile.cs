using System.Text;

namespace Manifests.Render.Emit;

/// <summary>One file of output: its path below the output root ('/'-separated) and its bytes.</summary>
/// <param name="Path">For example <c>m1c1/deployment-reviews-v3.yaml</c>.</param>
/// <param name="Utf8">The file's exact bytes: UTF-8 text with LF line endings and a trailing newline.</param>
public sealed record RenderedFile(string Path, ReadOnlyMemory<byte> Utf8)
{
    /// <summary>A file from text, encoded as UTF-8.</summary>
    public RenderedFile(string path, string content)
        : this(path, Encoding.UTF8.GetBytes(content))
    {
    }

    /// <summary>The file's text, decoded on each call: the render keeps bytes, which is what gets written and compared.</summary>
    public string Content => Encoding.UTF8.GetString(Utf8.Span);

    /// <summary>Equal when path and bytes are equal (a memory's own equality would compare buffers, not contents).</summary>
    public bool Equals(RenderedFile? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && Utf8.Span.SequenceEqual(other.Utf8.Span);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Utf8.Length);
}
