using System.Text.RegularExpressions;

namespace Manifests.Pipeline.Tests.Graph;

/// <summary>
/// Reads back the part of Mermaid's flowchart syntax a topology picture uses (subgraphs, shaped nodes,
/// labelled arrows), so tests speak of nodes and edges rather than of text.
/// </summary>
internal sealed partial record MermaidFlowchart(
    IReadOnlyDictionary<string, MermaidNode> Nodes,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Subgraphs,
    IReadOnlyList<MermaidEdge> Edges)
{
    public static MermaidFlowchart Parse(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0 || !lines[0].StartsWith("flowchart ", StringComparison.Ordinal))
        {
            throw new FormatException("A Mermaid flowchart starts with 'flowchart <direction>'.");
        }

        var nodes = new Dictionary<string, MermaidNode>(StringComparer.Ordinal);
        var subgraphs = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var edges = new List<MermaidEdge>();
        List<string>? members = null;
        foreach (var line in lines.Skip(1))
        {
            if (SubgraphLine().Match(line) is { Success: true } subgraph)
            {
                members = [];
                subgraphs[subgraph.Groups["id"].Value] = members;
            }
            else if (line == "end")
            {
                members = null;
            }
            else if (EdgeLine().Match(line) is { Success: true } edge)
            {
                edges.Add(new MermaidEdge(edge.Groups["from"].Value, edge.Groups["to"].Value, edge.Groups["arrow"].Value,
                    edge.Groups["label"].Success ? edge.Groups["label"].Value : null));
            }
            else if (NodeLine().Match(line) is { Success: true } node)
            {
                var id = node.Groups["id"].Value;
                nodes[id] = new MermaidNode(id, node.Groups["label"].Value.Split("<br/>"), node.Groups["class"].Success ? node.Groups["class"].Value : null);
                members?.Add(id);
            }
            else if (!line.StartsWith("classDef ", StringComparison.Ordinal))
            {
                throw new FormatException($"Not a line of a topology flowchart: {line}");
            }
        }

        return new MermaidFlowchart(nodes, subgraphs, edges);
    }

    public IEnumerable<MermaidEdge> EdgesFrom(string id) => Edges.Where(e => e.From == id);

    [GeneratedRegex("""^subgraph (?<id>\w+)\["(?<label>[^"]*)"\]$""")]
    private static partial Regex SubgraphLine();

    [GeneratedRegex("""^(?<id>\w+)(\(\(|\(\[|\{\{|\[/|\[)"(?<label>[^"]*)"(\)\)|\]\)|\}\}|/\]|\])(:::(?<class>\w+))?$""")]
    private static partial Regex NodeLine();

    [GeneratedRegex("""^(?<from>\w+) (?<arrow>-->|==>|-\.->)(\|"(?<label>[^"]*)"\|)? (?<to>\w+)$""")]
    private static partial Regex EdgeLine();
}

/// <summary>A node: its id, the lines of its label, and its class (<c>stub</c> for Service stubs).</summary>
internal sealed record MermaidNode(string Id, IReadOnlyList<string> Lines, string? Class)
{
    public string Text => string.Join(" ", Lines);
}

/// <summary>An arrow: <c>--&gt;</c> plain, <c>==&gt;</c> thick, <c>-.-&gt;</c> dotted.</summary>
internal sealed record MermaidEdge(string From, string To, string Arrow, string? Label);
