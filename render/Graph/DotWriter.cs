using System.Text;

namespace Manifests.Render.Graph;

/// <summary>Writes a <see cref="TopologyGraph"/> in Graphviz's DOT language, for <c>dot -Tsvg</c>.</summary>
public static class DotWriter
{
    /// <summary>The digraph text, LF line endings.</summary>
    public static string Write(TopologyGraph graph)
    {
        var text = new StringBuilder("digraph topology {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n");
        var grouped = graph.Groups.SelectMany(g => g.NodeIds).ToHashSet(StringComparer.Ordinal);
        var byId = graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        foreach (var group in graph.Groups)
        {
            // Graphviz draws a box only around subgraphs whose name starts with "cluster".
            text.Append("  subgraph cluster_").Append(group.Id).Append(" {\n    label=").Append(Quote(group.Label)).Append(";\n");
            foreach (var id in group.NodeIds)
            {
                AppendNode(text, byId[id], "    ");
            }

            text.Append("  }\n");
        }

        foreach (var node in graph.Nodes.Where(n => !grouped.Contains(n.Id)))
        {
            AppendNode(text, node, "  ");
        }

        foreach (var edge in graph.Edges)
        {
            var attributes = new List<string>();
            if (edge.Label is { } label)
            {
                attributes.Add("label=" + Quote(label));
            }

            if (edge.Kind == GraphEdgeKind.Traffic)
            {
                attributes.Add(edge.Weight is null ? "style=dashed" : "penwidth=2");
            }

            text.Append("  ").Append(edge.From).Append(" -> ").Append(edge.To);
            text.Append(attributes.Count > 0 ? " [" + string.Join(", ", attributes) + "]" : "").Append(";\n");
        }

        return text.Append("}\n").ToString();
    }

    private static void AppendNode(StringBuilder text, GraphNode node, string indent)
    {
        var label = node.Detail is { } detail ? node.Name + "\n" + detail : node.Name;
        var shape = node.Kind switch
        {
            GraphNodeKind.Service => "ellipse",
            GraphNodeKind.IngressGateway => "invhouse",
            GraphNodeKind.Gateway => "hexagon",
            GraphNodeKind.Route => "parallelogram",
            _ => "box",
        };
        text.Append(indent).Append(node.Id).Append(" [label=").Append(Quote(label)).Append(", shape=").Append(shape);
        if (node.Kind == GraphNodeKind.ServiceStub)
        {
            text.Append(", style=dashed");
        }

        text.Append("];\n");
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
