using System.Text.Json;
using System.Text.Json.Nodes;

namespace Manifests.Apply;

/// <summary>
/// Builds the make-before-break form of DestinationRules that swap subsets: the rendered rule with the live subsets it
/// drops appended, so VirtualServices can move to the new subsets before the old ones disappear.
/// </summary>
public static class DestinationRuleBridge
{
    /// <summary>Reads each rule of the step through kubectl (which turns the YAML into JSON exactly as apply would)
    /// and appends the dropped live subsets.</summary>
    /// <returns>JSON documents separated by <c>---</c> for <c>kubectl apply -f -</c>, or the error line.</returns>
    public static async Task<(string? Json, string? Error)> BuildAsync(Kubectl kubectl, ApplyStep step, CancellationToken cancellationToken = default)
    {
        var items = new List<string>();
        foreach (var rule in step.Objects)
        {
            var read = await kubectl.RunAsync(step.Context,
                ["create", "--dry-run=client", "-o", "json", "--namespace", step.Namespace, "-f", rule.File], cancellationToken);
            if (!read.Succeeded)
            {
                return (null, $"could not read {rule.File}: {read.ErrorLine}");
            }

            JsonObject node;
            try
            {
                node = JsonNode.Parse(read.Stdout)!.AsObject();
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                return (null, $"kubectl printed {rule.File} as something other than one JSON object");
            }

            var live = step.BridgeFrom.FirstOrDefault(l => l.Name == rule.Name && l.Namespace == rule.EffectiveNamespace);
            var spec = node["spec"] as JsonObject ?? new JsonObject();
            node["spec"] = spec;
            var subsets = spec["subsets"] as JsonArray ?? new JsonArray();
            spec["subsets"] = subsets;
            foreach (var name in live?.Subsets.Where(s => !rule.Subsets.Contains(s, StringComparer.Ordinal)) ?? [])
            {
                if (live!.SubsetJson.TryGetValue(name, out var json))
                {
                    subsets.Add(JsonNode.Parse(json));
                }
            }

            items.Add(node.ToJsonString());
        }

        // Separate documents rather than a v1 List: kubectl cannot leave validation of a List to the server.
        return (string.Join("\n---\n", items), null);
    }
}
