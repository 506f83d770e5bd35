using System.Text.Json;

namespace Manifests.Apply;

/// <summary>Reads the DestinationRules a mesh control plane has now, so the planner can see which subsets go away.</summary>
public static class LiveDestinationRules
{
    /// <summary>Lists DestinationRules in every namespace, in the API version the rendered files use.</summary>
    /// <returns>The rules, or an error line when kubectl could not list them.</returns>
    public static async Task<(IReadOnlyList<LiveDestinationRule> Rules, string? Error)> ReadAsync(
        Kubectl kubectl, string context, string apiVersion, CancellationToken cancellationToken = default)
    {
        var version = apiVersion[(apiVersion.IndexOf('/') + 1)..];
        var result = await kubectl.RunAsync(context,
            ["get", $"destinationrules.{version}.networking.istio.io", "--all-namespaces", "-o", "json", "--request-timeout=30s"],
            cancellationToken);
        if (!result.Succeeded)
        {
            return ([], $"could not list DestinationRules: {result.ErrorLine}");
        }

        try
        {
            using var document = JsonDocument.Parse(result.Stdout);
            var rules = new List<LiveDestinationRule>();
            foreach (var item in document.RootElement.GetProperty("items").EnumerateArray())
            {
                var metadata = item.GetProperty("metadata");
                var subsets = item.TryGetProperty("spec", out var spec) && spec.TryGetProperty("subsets", out var list)
                    ? list.EnumerateArray().Where(s => s.TryGetProperty("name", out _))
                        .Select(s => (Name: s.GetProperty("name").GetString() ?? "", Json: s.GetRawText())).ToList()
                    : [];
                rules.Add(new LiveDestinationRule(
                    metadata.TryGetProperty("namespace", out var ns) ? ns.GetString() ?? "default" : "default",
                    metadata.GetProperty("name").GetString() ?? "",
                    subsets.Select(s => s.Name).ToList())
                {
                    SubsetJson = subsets.GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Json, StringComparer.Ordinal),
                });
            }

            return (rules, null);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return ([], $"kubectl returned DestinationRules that could not be read: {e.Message}");
        }
    }
}
