using YamlDotNet.RepresentationModel;

namespace Manifests.Generator.Tests.Infrastructure;

/// <summary>Reads a version's schema straight from the upstream CRD files in shared/reference.</summary>
internal static class UpstreamSchema
{
    private static readonly Dictionary<string, List<YamlMappingNode>> DocumentsByFile = new();

    /// <summary>The <c>openAPIV3Schema</c> of <paramref name="crdName"/> at <paramref name="version"/>.</summary>
    public static YamlMappingNode Of(string referenceFile, string crdName, string version)
    {
        YamlMappingNode crd = Documents(referenceFile).Single(d => Scalar(Map(d, "metadata"), "name") == crdName);
        var versions = (YamlSequenceNode)Map(crd, "spec")["versions"];
        YamlMappingNode served = versions.Children.Cast<YamlMappingNode>().Single(v => Scalar(v, "name") == version);
        return Map(Map(served, "schema"), "openAPIV3Schema");
    }

    /// <summary>Follows <c>a.b[].c{}</c>: property names, array items (<c>[]</c>) and map values (<c>{}</c>).</summary>
    public static YamlMappingNode At(YamlMappingNode schema, string path)
    {
        foreach (string step in path.Split('.'))
        {
            string name = step.TrimEnd('[', ']', '{', '}');
            schema = Map(Map(schema, "properties"), name);
            foreach (char marker in step[name.Length..].Where(c => c is '[' or '{'))
            {
                schema = Map(schema, marker == '[' ? "items" : "additionalProperties");
            }
        }

        return schema;
    }

    public static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    public static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? value) ? (value as YamlScalarNode)?.Value : null;

    public static IEnumerable<string> Required(YamlMappingNode node) =>
        node.Children.TryGetValue(new YamlScalarNode("required"), out YamlNode? value) && value is YamlSequenceNode list
            ? list.Children.OfType<YamlScalarNode>().Select(s => s.Value!)
            : [];

    private static List<YamlMappingNode> Documents(string referenceFile)
    {
        lock (DocumentsByFile)
        {
            if (!DocumentsByFile.TryGetValue(referenceFile, out List<YamlMappingNode>? documents))
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.ReferenceCrds, referenceFile))));
                documents = stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().ToList();
                DocumentsByFile[referenceFile] = documents;
            }

            return documents;
        }
    }
}
