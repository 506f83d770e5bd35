using Manifests.Model;

namespace Manifests.Render.Emit;

/// <summary>One file of output: its path below the output root ('/'-separated) and its text.</summary>
/// <param name="Path">For example <c>eu-1/deployment-web-v1.yaml</c>.</param>
/// <param name="Content">UTF-8 text with LF line endings and a trailing newline.</param>
public sealed record RenderedFile(string Path, string Content)
{
    /// <summary>
    /// A starter file handed to the user, such as an empty patch list: created when missing, then the
    /// user's to edit. It is never overwritten, never pruned and not listed in the ledger.
    /// </summary>
    public bool UserOwned { get; init; }
    /// <summary>The declaration the file's object comes from, so a problem found in the file is reported at that C# line.</summary>
    public SourceLocation Source { get; init; }
}
