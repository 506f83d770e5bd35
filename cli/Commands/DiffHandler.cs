using Manifests.Cli.Hosting;
using Manifests.Render.Emit;
using Manifests.Render.Graph;
using Manifests.Render.Review;

namespace Manifests.Cli.Commands;

/// <summary>The names <c>--format</c> of <c>manifests diff</c> accepts.</summary>
internal static class DiffFormats
{
    public const string Text = "text";
    public const string Markdown = "markdown";
    public const string Json = "json";
}

/// <summary>The plain values <c>manifests diff</c> was given.</summary>
internal sealed record DiffRequest(string? Topology, string? Output, bool Build, string? Base, string Format)
{
    /// <summary>Exit 1 when the review shows any change (<c>--exit-code</c>).</summary>
    public bool ExitCodeOnDifferences { get; init; }
}

/// <summary>Compares the committed output (working tree or a revision) with a fresh render and prints the review.</summary>
internal static class DiffHandler
{
    public static int Run(DiffRequest request, TextWriter stdout, TextWriter stderr)
    {
        var (source, error) = TopologySource.Resolve(request.Topology, request.Output, null, request.Build, stderr);
        if (source is null)
        {
            stderr.WriteLine($"error: {error!.Message}");
            return error.ExitCode;
        }

        if (DeclaredTopology.Declare(source, stderr) is not { } declared)
        {
            return ExitCodes.Findings;
        }

        IReadOnlyList<RenderedFile> committed;
        if (request.Base is null)
        {
            committed = CommittedOutput.FromWorkingTree(source.OutputPath);
        }
        else
        {
            var (files, gitError, code) = CommittedOutput.FromRevision(source.OutputPath, request.Base);
            if (files is null)
            {
                stderr.WriteLine($"error: {gitError}");
                return code;
            }

            committed = files;
        }

        var review = OutputComparer.Compare(committed, declared.Render.Files);
        stdout.Write(request.Format switch
        {
            DiffFormats.Json => ReviewJsonWriter.Write(review),
            DiffFormats.Markdown => ReviewMarkdownWriter.Write(
                review,
                MermaidWriter.Write(TopologyGraphBuilder.Build(declared.Mesh)),
                request.Base is null ? "Manifests: rendered output changes" : $"Manifests: rendered output changes against {request.Base}"),
            _ => ReviewTextWriter.Write(review),
        });
        return request.ExitCodeOnDifferences && review.HasChanges ? ExitCodes.Findings : ExitCodes.Ok;
    }
}
