using Manifests.Cli.Hosting;
using Manifests.Render.Validate;

namespace Manifests.Cli.Commands;

/// <summary>The plain values <c>manifests validate</c> was given.</summary>
internal sealed record ValidateRequest(string? Topology, string? Path, bool Build);

/// <summary>Validates a render of the topology, or the YAML files of a folder.</summary>
internal static class ValidateHandler
{
    public static int Run(ValidateRequest request, TextWriter stdout, TextWriter stderr)
    {
        if (request.Path is not null)
        {
            return ValidateFolder(Path.GetFullPath(request.Path), stdout, stderr);
        }

        var (source, error) = TopologySource.Resolve(request.Topology, null, null, request.Build, stderr);
        if (source is null)
        {
            stderr.WriteLine($"error: {error!.Message}");
            return error.ExitCode;
        }

        // A render validates every object it produces; its findings are the answer.
        if (DeclaredTopology.Declare(source, stderr) is not { Render: var render })
        {
            return ExitCodes.Findings;
        }

        stdout.WriteLine($"{render.Files.Count} files of {source.Topology.Name} are valid.");
        return ExitCodes.Ok;
    }

    private static int ValidateFolder(string folder, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(folder))
        {
            stderr.WriteLine($"error: '{folder}' is not a folder.");
            return ExitCodes.Environment;
        }

        var validator = new ManifestValidator();
        var files = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(folder, "*.yml", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
        var problems = 0;
        foreach (var file in files)
        {
            foreach (var problem in validator.ValidateFile(file, File.ReadAllText(Path.Combine(folder, file))))
            {
                problems++;
                stderr.WriteLine($"{Path.Combine(folder, file)}: error {problem.Rule.Id}: {problem.Object}: {problem.FieldPath}: {problem.Message}. Fix: {problem.Rule.Fix}.");
            }
        }

        if (problems > 0)
        {
            stderr.WriteLine($"{problems} problem(s) in {files.Count} file(s) under {folder}.");
            return ExitCodes.Findings;
        }

        stdout.WriteLine($"{files.Count} files under {folder} are valid.");
        return ExitCodes.Ok;
    }
}
