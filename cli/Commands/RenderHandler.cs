using Manifests.Cli.Hosting;
using Manifests.Render;
using Manifests.Render.Write;
using Manifests.Rules;

namespace Manifests.Cli.Commands;

/// <summary>The plain values <c>manifests render</c> was given.</summary>
internal sealed record RenderRequest(string? Topology, string? Output, bool Check, bool Build)
{
    /// <summary>The Kustomize overlay root, when given.</summary>
    public string? Kustomize { get; init; }

    /// <summary>Write nothing and succeed when the given assembly declares no topology (a library the build renders nothing for).</summary>
    public bool SkipWithoutTopology { get; init; }
}

/// <summary>Loads the topology, renders it, and writes or checks the output folder.</summary>
internal static class RenderHandler
{
    public static int Run(RenderRequest request, TextWriter stdout, TextWriter stderr)
    {
        if (request is { SkipWithoutTopology: true, Topology: { } assembly } && assembly.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            && File.Exists(assembly) && !TopologyMarker.Declares(assembly))
        {
            stdout.WriteLine($"{assembly} declares no [Topology] class; nothing rendered.");
            return ExitCodes.Ok;
        }

        var (source, error) = TopologySource.Resolve(request.Topology, request.Output, request.Kustomize, request.Build, stderr);
        if (source is null)
        {
            stderr.WriteLine($"error: {error!.Message}");
            return error.ExitCode;
        }

        if (request.Check)
        {
            // A check compares with a fresh render, never with what the output roots say about themselves.
            return DeclaredTopology.Declare(source, stderr) is { Render: var render } ? Check(source, render, stdout, stderr) : ExitCodes.Findings;
        }

        return DeclaredTopology.DeclareUnlessCurrent(source, Roots(source).ToList(), stderr) switch
        {
            null => ExitCodes.Findings,
            { Render: null } => Current(source, stdout),
            { Render: { } render, Fingerprint: var fingerprint } => Write(source, render, fingerprint, stdout, stderr),
        };
    }

    private static int Check(TopologySource source, RenderResult render, TextWriter stdout, TextWriter stderr)
    {
        var differences = OutputCheck.Compare(source.OutputPath, render.Files)
            .Concat(source.KustomizePath is null ? [] : OutputCheck.Compare(source.KustomizePath, render.KustomizeFiles))
            .ToList();
        foreach (var difference in differences)
        {
            stdout.Write(difference.UnifiedDiff);
        }

        if (differences.Count == 0)
        {
            stderr.WriteLine($"{string.Join(" and ", RootsWithVerb(source))} current.");
            return ExitCodes.Ok;
        }

        stderr.WriteLine($"{string.Join(" or ", RootsWithVerb(source))} stale: {differences.Count} file(s) differ from a fresh render. Run 'dotnet build' (or 'manifests render') and commit the result.");
        return ExitCodes.Findings;
    }

    private static int Write(TopologySource source, RenderResult render, string fingerprint, TextWriter stdout, TextWriter stderr)
    {
        var code = WriteRoot(source.OutputPath, render.Files, fingerprint, stdout, stderr);
        return code != ExitCodes.Ok || source.KustomizePath is null ? code : WriteRoot(source.KustomizePath, render.KustomizeFiles, fingerprint, stdout, stderr);
    }

    private static int Current(TopologySource source, TextWriter stdout)
    {
        foreach (var root in Roots(source))
        {
            stdout.WriteLine($"{root}: current (it holds the render of this topology and build); nothing written.");
        }

        return ExitCodes.Ok;
    }

    private static IEnumerable<string> Roots(TopologySource source) =>
        source.KustomizePath is null ? [source.OutputPath] : [source.OutputPath, source.KustomizePath];

    private static IEnumerable<string> RootsWithVerb(TopologySource source) =>
        source.KustomizePath is null ? [source.OutputPath + " is"] : [source.OutputPath, source.KustomizePath + " are"];

    private static int WriteRoot(string root, IReadOnlyList<Manifests.Render.Emit.RenderedFile> files, string fingerprint, TextWriter stdout, TextWriter stderr)
    {
        WriteResult result;
        try
        {
            result = ManifestWriter.Write(root, files, fingerprint);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // The writer refused (a path out of the root, a Secret's data) or the disk failed: nothing was swapped in.
            stderr.WriteLine($"error: could not write {root}: {e.Message} The folder was left as it was.");
            return ExitCodes.Environment;
        }

        if (result.Conflicts.Count > 0)
        {
            foreach (var conflict in result.Conflicts)
            {
                stderr.WriteLine($"error: {Path.Combine(root, conflict)} was not written by Manifests and would be overwritten; move or rename it. Nothing was written to {root}.");
            }

            return ExitCodes.Findings;
        }

        stdout.WriteLine(result.NothingChanged
            ? $"{root}: {files.Count} files, all current."
            : $"{root}: {result.Written.Count} written, {result.Removed.Count} removed, {result.Unchanged} unchanged.");
        return ExitCodes.Ok;
    }
}
