using System.Text;
using System.Text.Json;
using k8s.Models;

namespace Manifests.Render.Validate;

/// <summary>Kubernetes' rules for the metadata every object has: name, namespace, labels and annotations.</summary>
internal static class ObjectMetadataChecks
{
    /// <summary>The metadata of an object read as JSON (a file, or a custom resource's tree).</summary>
    public static void Check(JsonElement root, string kind, ProblemSink sink)
    {
        if (!root.TryGetProperty("metadata"u8, out var metadata) || metadata.ValueKind != JsonValueKind.Object)
        {
            sink.Add("metadata", "is required");
            return;
        }

        CheckName(StringOf(metadata, "name"u8), kind, sink);
        CheckNamespace(StringOf(metadata, "namespace"u8), sink);
        if (metadata.TryGetProperty("labels"u8, out var labels))
        {
            CheckLabels(labels, "metadata.labels", sink);
        }

        if (metadata.TryGetProperty("annotations"u8, out var annotations) && annotations.ValueKind == JsonValueKind.Object)
        {
            var size = 0;
            foreach (var annotation in annotations.EnumerateObject())
            {
                size += CheckAnnotation(annotation.Name, annotation.Value.ValueKind == JsonValueKind.String ? annotation.Value.GetString() : null, sink);
            }

            CheckAnnotationsSize(size, sink);
        }
    }

    /// <summary>
    /// The metadata of an object the render built: the same rules and messages as for its JSON tree, which lists
    /// map entries in ordinal key order.
    /// </summary>
    public static void Check(V1ObjectMeta? metadata, string kind, ProblemSink sink)
    {
        if (metadata is null)
        {
            sink.Add("metadata", "is required");
            return;
        }

        CheckName(metadata.Name, kind, sink);
        CheckNamespace(metadata.NamespaceProperty, sink);
        CheckLabels(metadata.Labels, "metadata.labels", sink);
        if (metadata.Annotations is { Count: > 0 } annotations)
        {
            var size = 0;
            foreach (var key in annotations.Count == 1 ? (IEnumerable<string>)annotations.Keys : annotations.Keys.Order(StringComparer.Ordinal))
            {
                size += CheckAnnotation(key, annotations[key], sink);
            }

            CheckAnnotationsSize(size, sink);
        }
    }

    private static void CheckName(string? name, string kind, ProblemSink sink)
    {
        if (string.IsNullOrEmpty(name))
        {
            sink.Add("metadata.name", "is required");
            return;
        }

        var (valid, rule) = kind switch
        {
            "Namespace" => (KubernetesSyntax.IsDns1123Label(name), "a DNS-1123 label (at most 63 lower-case letters, digits and '-', alphanumeric at both ends)"),
            "Service" => (KubernetesSyntax.IsDns1035Label(name), "a DNS-1035 label (a DNS-1123 label that starts with a letter)"),
            _ => (KubernetesSyntax.IsDns1123Subdomain(name), "a DNS-1123 subdomain (lower-case letters, digits, '-' and '.', at most 253 characters)"),
        };
        if (!valid)
        {
            sink.Add("metadata.name", $"'{Shorten(name)}' is not {rule}");
        }
    }

    private static void CheckNamespace(string? namespaceName, ProblemSink sink)
    {
        if (namespaceName is not null && !KubernetesSyntax.IsDns1123Label(namespaceName))
        {
            sink.Add("metadata.namespace", $"'{Shorten(namespaceName)}' is not a DNS-1123 label");
        }
    }

    // Returns the bytes the annotation adds to the total Kubernetes limits; a null value is one that is not a string.
    private static int CheckAnnotation(string key, string? value, ProblemSink sink)
    {
        if (KubernetesSyntax.KeyProblem(key) is { } problem)
        {
            sink.Add(FieldPath.Key("metadata.annotations", key), $"key '{Shorten(key)}': {problem}");
        }

        if (value is null)
        {
            sink.Add(FieldPath.Key("metadata.annotations", key), "must be a string");
            return 0;
        }

        return Encoding.UTF8.GetByteCount(key) + Encoding.UTF8.GetByteCount(value);
    }

    private static void CheckAnnotationsSize(int size, ProblemSink sink)
    {
        if (size > KubernetesSyntax.TotalAnnotationSizeLimit)
        {
            sink.Add("metadata.annotations", $"total size {size} bytes exceeds {KubernetesSyntax.TotalAnnotationSizeLimit}");
        }
    }

    private static bool AllValid(IDictionary<string, string> labels)
    {
        foreach (var (key, value) in labels)
        {
            if (value is null || KubernetesSyntax.KeyProblem(key) is not null || KubernetesSyntax.LabelValueProblem(value) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A label map given as JSON: every key and value by Kubernetes' label syntax.</summary>
    public static void CheckLabels(JsonElement labels, string path, ProblemSink sink)
    {
        if (labels.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var label in labels.EnumerateObject())
        {
            if (label.Value.ValueKind != JsonValueKind.String)
            {
                CheckLabel(label.Name, null, path, sink);
                continue;
            }

            CheckLabel(label.Name, label.Value.GetString(), path, sink);
        }
    }

    /// <summary>
    /// A typed label map: every key and value by Kubernetes' label syntax, reported in ordinal key order, the order
    /// the map is written in (and its JSON tree is checked in).
    /// </summary>
    public static void CheckLabels(IDictionary<string, string>? labels, string path, ProblemSink sink)
    {
        // Almost every map is valid: one pass that allocates nothing tells, before any sorting.
        if (labels is not { Count: > 0 } || AllValid(labels))
        {
            return;
        }

        foreach (var key in labels.Keys.Order(StringComparer.Ordinal))
        {
            CheckLabel(key, labels[key], path, sink);
        }
    }

    // A null value is one that is not a string.
    private static void CheckLabel(string key, string? value, string path, ProblemSink sink)
    {
        if (KubernetesSyntax.KeyProblem(key) is { } keyProblem)
        {
            sink.Add(FieldPath.Key(path, key), $"key '{Shorten(key)}': {keyProblem}");
        }

        if (value is null)
        {
            sink.Add(FieldPath.Key(path, key), "must be a string");
        }
        else if (KubernetesSyntax.LabelValueProblem(value) is { } valueProblem)
        {
            sink.Add(FieldPath.Key(path, key), $"value '{Shorten(value)}' {valueProblem}");
        }
    }

    private static string? StringOf(JsonElement map, ReadOnlySpan<byte> property) =>
        map.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Long or unprintable values are cut in messages so one bad value cannot flood a build log.</summary>
    public static string Shorten(string value)
    {
        var printable = new string([.. value.Take(80).Select(c => char.IsControl(c) ? '?' : c)]);
        return value.Length > 80 ? printable + $"… ({value.Length} characters)" : printable;
    }
}
