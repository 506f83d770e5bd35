using System.Text;

namespace Manifests.Render.Graph;

/// <summary>
/// Writes a <see cref="TopologyGraph"/> as a Mermaid flowchart, the form GitHub draws in Markdown.
/// Clusters are subgraphs; Service stubs are dashed; routed traffic is a thick arrow with its weight.
/// </summary>
public static class MermaidWriter
{
    /// <summary>The flowchart text, LF line endings, without the surrounding Markdown fence.</summary>
    public static string Write(TopologyGraph graph)
    {
        var text = new StringBuilder("flowchart LR\n");
        var grouped = graph.Groups.SelectMany(g => g.NodeIds).ToHashSet(StringComparer.Ordinal);
        var byId = graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        foreach (var group in graph.Groups)
        {
            text.Append("  subgraph ").Append(group.Id).Append("[\"").Append(Escape(group.Label)).Append("\"]\n");
            foreach (var id in group.NodeIds)
            {
                AppendNode(text, byId[id], "    ");
            }

            text.Append("  end\n");
        }

        foreach (var node in graph.Nodes.Where(n => !grouped.Contains(n.Id)))
        {
            AppendNode(text, node, "  ");
        }

        foreach (var edge in graph.Edges)
        {
            text.Append("  ").Append(edge.From).Append(' ').Append(Arrow(edge));
            if (edge.Label is { } label)
            {
                text.Append("|\"").Append(Escape(label)).Append("\"|");
            }

            text.Append(' ').Append(edge.To).Append('\n');
        }

        text.Append("  classDef stub stroke-dasharray: 4 4\n");
        return text.ToString();
    }

    private static void AppendNode(StringBuilder text, GraphNode node, string indent)
    {
        var label = Escape(node.Name) + (node.Detail is { } detail ? "<br/>" + Escape(detail) : "");
        var (open, close) = node.Kind switch
        {
            GraphNodeKind.Service => ("((\"", "\"))"),
            GraphNodeKind.IngressGateway => ("([\"", "\"])"),
            GraphNodeKind.Gateway => ("{{\"", "\"}}"),
            GraphNodeKind.Route => ("[/\"", "\"/]"),
            _ => ("[\"", "\"]"),
        };
        text.Append(indent).Append(node.Id).Append(open).Append(label).Append(close);
        if (node.Kind == GraphNodeKind.ServiceStub)
        {
            text.Append(":::stub");
        }

        text.Append('\n');
    }

    private static string Arrow(GraphEdge edge) => edge.Kind switch
    {
        GraphEdgeKind.Traffic when edge.Weight is not null => "==>",
        GraphEdgeKind.Traffic => "-.->",
        _ => "-->",
    };

    // Mermaid reads quotes and angle brackets inside a quoted label as markup; entity codes keep them text.
    private static string Escape(string value) =>
        value.Replace("\"", "#quot;", StringComparison.Ordinal).Replace("<", "#lt;", StringComparison.Ordinal).Replace(">", "#gt;", StringComparison.Ordinal);
}
