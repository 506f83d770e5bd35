using System.Text;

namespace Manifests.Tests.Support;

/// <summary>One object of the seed document, with the target it is applied to.</summary>
internal sealed record SeedObject(string Target, string Kind, string Name, string? Namespace, object? Tree);

/// <summary>
/// Reads the YAML the seed document embeds: blocks indented by four spaces that start with a comment
/// or <c>apiVersion:</c>. A block titled <c>bookinfo-m1cN.yaml</c> goes to cluster m1cN; the others
/// (gateway, virtual services, destination rule) to the ASM control plane, the <c>mesh</c> target.
/// </summary>
internal static class SeedDocument
{
    public static IReadOnlyList<SeedObject> ReadObjects(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The seed document is expected beside the repository at {path} (../shared/seed).", path);
        }

        var objects = new List<SeedObject>();
        foreach (var (title, yaml) in Blocks(File.ReadAllLines(path)))
        {
            var target = title.StartsWith("bookinfo-", StringComparison.Ordinal) ? title["bookinfo-".Length..^".yaml".Length] : "mesh";
            foreach (var tree in YamlTree.ReadAll(yaml))
            {
                objects.Add(new SeedObject(
                    target,
                    (string)YamlTree.At(tree, "kind")!,
                    (string)YamlTree.At(tree, "metadata.name")!,
                    YamlTree.At(tree, "metadata.namespace") as string,
                    tree));
            }
        }

        return objects;
    }

    private static IEnumerable<(string Title, string Yaml)> Blocks(string[] lines)
    {
        const string Indent = "    ";
        var lastProse = "";
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var startsBlock = line.StartsWith(Indent + "apiVersion:", StringComparison.Ordinal) ||
                (line.StartsWith(Indent + "# ", StringComparison.Ordinal) && NextContentLine(lines, i + 1).StartsWith(Indent + "apiVersion:", StringComparison.Ordinal));
            if (!startsBlock)
            {
                if (line.Trim().Length > 0)
                {
                    lastProse = line.Trim();
                }

                continue;
            }

            var yaml = new StringBuilder();
            for (; i < lines.Length && (lines[i].Trim().Length == 0 || lines[i].StartsWith(Indent, StringComparison.Ordinal)); i++)
            {
                yaml.Append(lines[i].Length >= Indent.Length ? lines[i][Indent.Length..] : "").Append('\n');
            }

            i--;
            yield return (lastProse, yaml.ToString());
        }
    }

    private static string NextContentLine(string[] lines, int from)
    {
        for (var i = from; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                return lines[i];
            }
        }

        return "";
    }
}
