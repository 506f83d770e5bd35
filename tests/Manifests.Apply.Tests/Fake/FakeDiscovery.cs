using System.Text.Json.Nodes;

namespace Manifests.Apply.Tests.Fake;

/// <summary>The discovery and OpenAPI documents kubectl 1.32 reads before it applies, built from the served kinds.</summary>
internal static class FakeDiscovery
{
    public static JsonObject Version() => new()
    {
        ["major"] = "1", ["minor"] = "32", ["gitVersion"] = "v1.32.0-fake", ["platform"] = "linux/amd64",
    };

    // Answering /api and /apis with the legacy (unaggregated) lists makes kubectl fetch each group version;
    // that is the older but still supported path, and keeps every request visible in the record.
    public static JsonObject CoreVersions(IReadOnlyList<ServedKind> kinds) => new()
    {
        ["kind"] = "APIVersions",
        ["versions"] = new JsonArray(kinds.Where(k => k.Group.Length == 0).Select(k => k.Version).Distinct()
            .Select(v => (JsonNode)v).ToArray()),
        ["serverAddressByClientCIDRs"] = new JsonArray(),
    };

    public static JsonObject Groups(IReadOnlyList<ServedKind> kinds) => new()
    {
        ["kind"] = "APIGroupList",
        ["apiVersion"] = "v1",
        ["groups"] = new JsonArray(kinds.Where(k => k.Group.Length > 0).GroupBy(k => k.Group).Select(g =>
        {
            var versions = g.Select(k => k.Version).Distinct().ToList();
            return (JsonNode)new JsonObject
            {
                ["name"] = g.Key,
                ["versions"] = new JsonArray(versions.Select(v => (JsonNode)GroupVersion(g.Key, v)).ToArray()),
                ["preferredVersion"] = GroupVersion(g.Key, versions[0]),
            };
        }).ToArray()),
    };

    public static JsonObject Resources(string groupVersion, IEnumerable<ServedKind> kinds) => new()
    {
        ["kind"] = "APIResourceList",
        ["apiVersion"] = "v1",
        ["groupVersion"] = groupVersion,
        ["resources"] = new JsonArray(kinds.Select(k => (JsonNode)new JsonObject
        {
            ["name"] = k.Plural,
            ["singularName"] = k.Kind.ToLowerInvariant(),
            ["namespaced"] = k.Namespaced,
            ["kind"] = k.Kind,
            ["verbs"] = new JsonArray("create", "delete", "get", "list", "patch", "update", "watch"),
        }).ToArray()),
    };

    public static JsonObject OpenApiRoot(IReadOnlyList<ServedKind> kinds)
    {
        var paths = new JsonObject();
        foreach (var gv in kinds.GroupBy(k => k.OpenApiKey))
        {
            var hash = string.Join(",", gv.Select(k => k.Kind)).GetHashCode().ToString("X8", System.Globalization.CultureInfo.InvariantCulture);
            paths[gv.Key] = new JsonObject { ["serverRelativeURL"] = $"/openapi/v3/{gv.Key}?hash={hash}" };
        }

        return new JsonObject { ["paths"] = paths };
    }

    // kubectl checks that the PATCH operation of a kind lists the fieldValidation query parameter,
    // and then leaves validation to the server instead of needing schemas on the client.
    public static JsonObject OpenApiGroupVersion(IEnumerable<ServedKind> kinds)
    {
        var paths = new JsonObject();
        foreach (var k in kinds)
        {
            var scope = k.Namespaced ? "namespaces/{namespace}/" : "";
            paths[$"{k.DiscoveryPath}/{scope}{k.Plural}/{{name}}"] = new JsonObject
            {
                ["patch"] = new JsonObject
                {
                    ["operationId"] = $"patch{k.Kind}",
                    ["x-kubernetes-action"] = "patch",
                    ["x-kubernetes-group-version-kind"] = new JsonObject { ["group"] = k.Group, ["version"] = k.Version, ["kind"] = k.Kind },
                    ["parameters"] = new JsonArray(
                        new JsonObject { ["name"] = "fieldValidation", ["in"] = "query", ["schema"] = new JsonObject { ["type"] = "string" } },
                        new JsonObject { ["name"] = "fieldManager", ["in"] = "query", ["schema"] = new JsonObject { ["type"] = "string" } }),
                },
            };
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.0",
            ["info"] = new JsonObject { ["title"] = "Kubernetes", ["version"] = "v1.32.0" },
            ["paths"] = paths,
        };
    }

    private static JsonObject GroupVersion(string group, string version) =>
        new() { ["groupVersion"] = $"{group}/{version}", ["version"] = version };
}
