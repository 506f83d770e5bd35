using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Manifests.Apply;

/// <summary>Reads a rendered target folder (and its namespace sub-folders) into <see cref="RenderedObject"/> values.</summary>
public static class RenderedFolderReader
{
    /// <summary>The kustomize index file, which kubectl must not be handed as an object.</summary>
    public const string KustomizationFile = "kustomization.yaml";

    /// <summary>Reads every YAML file under <paramref name="folder"/> except <c>kustomization.yaml</c>.</summary>
    /// <returns>The target, and the problems found (unreadable or incomplete files).</returns>
    public static (RenderedTarget Target, IReadOnlyList<ApplyProblem> Problems) Read(string targetName, string folder)
    {
        var problems = new List<ApplyProblem>();
        var objects = new List<RenderedObject>();
        var files = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Where(f => !string.Equals(Path.GetFileName(f), KustomizationFile, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                var stream = new YamlStream();
                using (var reader = new StreamReader(file))
                {
                    stream.Load(reader);
                }

                foreach (var document in stream.Documents)
                {
                    if (document.RootNode is not YamlMappingNode root)
                    {
                        continue;
                    }

                    // A kustomize index is for kustomize, not an object for kubectl, whatever its file is called.
                    if (Scalar(root, "apiVersion")?.StartsWith("kustomize.config.k8s.io/", StringComparison.Ordinal) == true)
                    {
                        continue;
                    }

                    var parsed = ToObject(file, root);
                    if (parsed is null)
                    {
                        problems.Add(new ApplyProblem(targetName, ProblemKind.User,
                            $"{file} has an object without apiVersion, kind or metadata.name",
                            "Render the output again; files under the output folder are generated."));
                    }
                    else
                    {
                        objects.Add(parsed);
                    }
                }
            }
            catch (YamlException e)
            {
                problems.Add(new ApplyProblem(targetName, ProblemKind.User,
                    $"{file} is not valid YAML ({e.Start}): {e.Message}",
                    "Render the output again; files under the output folder are generated."));
            }
        }

        return (new RenderedTarget(targetName, Path.GetFullPath(folder), objects), problems);
    }

    private static RenderedObject? ToObject(string file, YamlMappingNode root)
    {
        var apiVersion = Scalar(root, "apiVersion");
        var kind = Scalar(root, "kind");
        var metadata = Child(root, "metadata");
        var name = metadata is null ? null : Scalar(metadata, "name");
        if (apiVersion is null || kind is null || name is null)
        {
            return null;
        }

        var spec = Child(root, "spec");
        var subsets = new List<string>();
        var routes = new List<SubsetRoute>();
        if (spec is not null && kind == "DestinationRule" && Children(spec, "subsets") is { } subsetNodes)
        {
            subsets.AddRange(subsetNodes.OfType<YamlMappingNode>().Select(s => Scalar(s, "name")).OfType<string>());
        }

        if (spec is not null && kind == "VirtualService")
        {
            // Subsets are named by route destinations under http, tcp and tls alike.
            foreach (var protocol in new[] { "http", "tcp", "tls" })
            {
                foreach (var route in Children(spec, protocol)?.OfType<YamlMappingNode>() ?? [])
                {
                    var destinations = (Children(route, "route")?.OfType<YamlMappingNode>() ?? [])
                        .Select(r => Child(r, "destination"))
                        .Concat([Child(route, "mirror")]);
                    foreach (var destination in destinations.OfType<YamlMappingNode>())
                    {
                        if (Scalar(destination, "host") is { } routeHost && Scalar(destination, "subset") is { } subset)
                        {
                            routes.Add(new SubsetRoute(routeHost, subset));
                        }
                    }
                }
            }
        }

        var host = spec is null ? null : Scalar(spec, "host");
        return new RenderedObject(Path.GetFullPath(file), apiVersion, kind, Scalar(metadata!, "namespace"), name,
            kind == "DestinationRule" ? host : null, subsets, routes)
        {
            GeneratedApplications = kind == "ApplicationSet" && spec is not null ? ListGeneratedNames(spec) : [],
        };
    }

    // Only list generators can be worked out offline; other generators need the Argo CD controller.
    private static List<string> ListGeneratedNames(YamlMappingNode spec)
    {
        var template = Child(spec, "template") is { } t && Child(t, "metadata") is { } m ? Scalar(m, "name") : null;
        if (template is null)
        {
            return [];
        }

        var names = new List<string>();
        foreach (var generator in Children(spec, "generators")?.OfType<YamlMappingNode>() ?? [])
        {
            foreach (var element in (Child(generator, "list") is { } list ? Children(list, "elements") : null)?.OfType<YamlMappingNode>() ?? [])
            {
                var name = template;
                foreach (var (key, value) in element.Children)
                {
                    if (key is YamlScalarNode { Value: { } k } && value is YamlScalarNode { Value: { } v })
                    {
                        name = name.Replace("{{" + k + "}}", v, StringComparison.Ordinal)
                            .Replace("{{." + k + "}}", v, StringComparison.Ordinal)
                            .Replace("{{ ." + k + " }}", v, StringComparison.Ordinal)
                            .Replace("{{ " + k + " }}", v, StringComparison.Ordinal);
                    }
                }

                if (!name.Contains("{{", StringComparison.Ordinal))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { Length: > 0 } text }
            ? text
            : null;

    private static YamlMappingNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlMappingNode : null;

    private static YamlSequenceNode? Children(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlSequenceNode : null;
}
