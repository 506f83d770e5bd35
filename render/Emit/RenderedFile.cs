namespace Manifests.Render.Emit;

/// <summary>One file of output: its path below the output root ('/'-separated) and its text.</summary>
/// <param name="Path">For example <c>eu-1/deployment-web-v1.yaml</c>.</param>
/// <param name="Content">UTF-8 text with LF line endings and a trailing newline.</param>
public sealed record RenderedFile(string Path, string Content);
