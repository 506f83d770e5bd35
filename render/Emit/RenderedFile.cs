using Manifests.Model;

namespace Manifests.Render.Emit;

/// <summary>One file of output: its path below the output root ('/'-separated) and its text.</summary>
/// <param name="Path">For example <c>m1c1/deployment-reviews-v3.yaml</c>.</param>
/// <param name="Content">UTF-8 text with LF line endings and a trailing newline.</param>
public sealed record RenderedFile(string Path, string Content)
{
    /// <summary>The declaration the file's object comes from, so a problem found in the file is reported at that C# line.</summary>
    public SourceLocation Source { get; init; }
}
