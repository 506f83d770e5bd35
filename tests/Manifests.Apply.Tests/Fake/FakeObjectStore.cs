using System.Globalization;
using System.Text.Json.Nodes;

namespace Manifests.Apply.Tests.Fake;

/// <summary>The objects a fake API server holds. Server-side apply is simplified to "the applied body wins".</summary>
internal sealed class FakeObjectStore
{
    private readonly Dictionary<string, JsonObject> objects = new(StringComparer.Ordinal);
    private long resourceVersion = 1;

    public FakeObjectStore(IEnumerable<string> namespaces)
    {
        foreach (var ns in namespaces)
        {
            Put(ServedKind.Namespace, null, new JsonObject
            {
                ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = ns },
            }, manager: "fake-bootstrap", dryRun: false);
        }
    }

    public static string Key(ServedKind kind, string? ns, string name) => $"{kind.Group}/{kind.Plural}/{ns}/{name}";

    public JsonObject? Get(ServedKind kind, string? ns, string name)
    {
        lock (objects)
        {
            return objects.TryGetValue(Key(kind, ns, name), out var found) ? (JsonObject)found.DeepClone() : null;
        }
    }

    public bool NamespaceExists(string ns) => Get(ServedKind.Namespace, null, ns) is not null;

    public List<JsonObject> List(ServedKind kind, string? ns, string? labelSelector)
    {
        lock (objects)
        {
            return objects.Where(p => p.Key.StartsWith($"{kind.Group}/{kind.Plural}/{ns}", StringComparison.Ordinal))
                .Select(p => p.Value)
                .Where(o => ns is null || (string?)o["metadata"]?["namespace"] == ns)
                .Where(o => Matches(o, labelSelector))
                .Select(o => (JsonObject)o.DeepClone())
                .ToList();
        }
    }

    /// <summary>Stores (or, for a dry run, only computes) the object; returns it and whether it is new.</summary>
    public (JsonObject Stored, bool Created) Put(ServedKind kind, string? ns, JsonObject body, string manager, bool dryRun)
    {
        lock (objects)
        {
            var metadata = body["metadata"] as JsonObject ?? new JsonObject();
            body["metadata"] = metadata;
            var name = (string)metadata["name"]!;
            if (ns is not null)
            {
                metadata["namespace"] = ns;
            }

            body["apiVersion"] = kind.GroupVersion;
            body["kind"] = kind.Kind;
            var key = Key(kind, ns, name);
            var existing = objects.GetValueOrDefault(key);
            metadata["uid"] = existing?["metadata"]?["uid"]?.GetValue<string>() ?? Guid.NewGuid().ToString();
            metadata["creationTimestamp"] = existing?["metadata"]?["creationTimestamp"]?.GetValue<string>() ?? "2026-01-01T00:00:00Z";
            metadata["resourceVersion"] = (dryRun ? resourceVersion : ++resourceVersion).ToString(CultureInfo.InvariantCulture);
            metadata["managedFields"] = new JsonArray(new JsonObject
            {
                ["manager"] = manager, ["operation"] = "Apply", ["apiVersion"] = kind.GroupVersion, ["fieldsType"] = "FieldsV1",
                ["fieldsV1"] = new JsonObject(),
            });
            if (!dryRun)
            {
                objects[key] = (JsonObject)body.DeepClone();
            }

            return (body, existing is null);
        }
    }

    public bool Delete(ServedKind kind, string? ns, string name)
    {
        lock (objects)
        {
            return objects.Remove(Key(kind, ns, name));
        }
    }

    // Enough of label selectors for ApplySet pruning: "k=v" and "k" terms joined by commas.
    private static bool Matches(JsonObject o, string? selector)
    {
        if (string.IsNullOrEmpty(selector))
        {
            return true;
        }

        var labels = o["metadata"]?["labels"] as JsonObject;
        return selector.Split(',').All(term =>
        {
            var parts = term.Split('=', 2);
            var value = labels?[parts[0]]?.GetValue<string>();
            return parts.Length == 1 ? value is not null : value == parts[1].TrimStart('=');
        });
    }
}
