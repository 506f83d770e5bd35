using System.Text.Json;

namespace Manifests.Cli.Hosting;

/// <summary>
/// The repository's <c>manifests.json</c>: which project declares the topology and where output goes.
/// Found by walking up from the working directory, as git finds <c>.git</c>.
/// </summary>
internal sealed record ProjectSettings(string Directory, string TopologyProject, string OutputPath, string KustomizePath)
{
    public const string FileName = "manifests.json";

    public static (ProjectSettings? Settings, string? Error) Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, FileName);
            if (File.Exists(path))
            {
                return Read(path);
            }
        }

        return (null, $"No {FileName} found in '{startDirectory}' or above. Pass --topology <project.csproj|assembly.dll>, or add {FileName} with {{ \"topology\": \"path/to/Topology.csproj\" }}.");
    }

    private static (ProjectSettings?, string?) Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            if (!root.TryGetProperty("topology", out var topology) || topology.ValueKind != JsonValueKind.String)
            {
                return (null, $"{path}: \"topology\" must name the topology project, e.g. \"topology/Bookinfo.Topology.csproj\".");
            }

            var directory = Path.GetDirectoryName(path)!;
            string Relative(string key, string fallback) =>
                Path.GetFullPath(Path.Combine(directory, root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : fallback));
            return (new ProjectSettings(directory, Relative("topology", ""), Relative("output", "manifests-out"), Relative("kustomize", "kustomize")), null);
        }
        catch (JsonException e)
        {
            return (null, $"{path}({e.LineNumber + 1}): {FileName} is not valid JSON: {e.Message}");
        }
    }
}
