using System.Text;
using Manifests.Model;

namespace Manifests.Render.Emit;

/// <summary>One file of output: its path below the output root ('/'-separated) and its bytes.</summary>
/// <param name="Path">For example <c>eu-1/deployment-web-v1.yaml</c>.</param>
/// <param name="Utf8">The file's exact bytes: UTF-8 text with LF line endings and a trailing newline.</param>
public sealed record RenderedFile(string Path, ReadOnlyMemory<byte> Utf8)
{
    /// <summary>A file from text, encoded as UTF-8.</summary>
    public RenderedFile(string path, string content)
        : this(path, Encoding.UTF8.GetBytes(content))
    {
    }

    /// <summary>
    /// A starter file handed to the user, such as an empty patch list: created when missing, then the
    /// user's to edit. It is never overwritten, never pruned and not listed in the ledger.
    /// </summary>
    public bool UserOwned { get; init; }

    /// <summary>The declaration the file's object comes from, so a problem found in the file is reported at that C# line.</summary>
    public SourceLocation Source { get; init; }

    /// <summary>The file's text, decoded on each call: the render keeps bytes, which is what gets written and compared.</summary>
    public string Content
    {
        get => Encoding.UTF8.GetString(Utf8.Span);
        init => Utf8 = Encoding.UTF8.GetBytes(value);
    }

    /// <summary>Equal when path and bytes are equal (a memory's own equality would compare buffers, not contents).</summary>
    public bool Equals(RenderedFile? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && Utf8.Span.SequenceEqual(other.Utf8.Span);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Utf8.Length);
}
