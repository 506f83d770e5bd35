using System.Text;
using System.Text.Json;

namespace Manifests.Render.Validate;

/// <summary>Kubernetes' rules for the metadata every object has: name, namespace, labels and annotations.</summary>
internal static class ObjectMetadataChecks
{
    /// <summary>How a kind's name is checked: most kinds take a DNS-1123 subdomain.</summary>
    public static void Check(JsonElement root, string kind, ProblemSink sink)
    {
        if (!root.TryGetProperty("metadata"u8, out var metadata) || metadata.ValueKind != JsonValueKind.Object)
        {
            sink.Add("metadata", "is required");
            return;
        }

        var name = StringOf(metadata, "name"u8);
        if (string.IsNullOrEmpty(name))
        {
            sink.Add("metadata.name", "is required");
        }
        else
        {
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

        if (StringOf(metadata, "namespace"u8) is { } namespaceName && !KubernetesSyntax.IsDns1123Label(namespaceName))
        {
            sink.Add("metadata.namespace", $"'{Shorten(namespaceName)}' is not a DNS-1123 label");
        }

        if (metadata.TryGetProperty("labels"u8, out var labels))
        {
            CheckLabels(labels, "metadata.labels", sink);
        }

        if (metadata.TryGetProperty("annotations"u8, out var annotations) && annotations.ValueKind == JsonValueKind.Object)
        {
            var size = 0;
            foreach (var annotation in annotations.EnumerateObject())
            {
                var key = annotation.Name;
                if (KubernetesSyntax.KeyProblem(key) is { } problem)
                {
                    sink.Add(FieldPath.Key("metadata.annotations", key), $"key '{Shorten(key)}': {problem}");
                }

                if (annotation.Value.ValueKind != JsonValueKind.String)
                {
                    sink.Add(FieldPath.Key("metadata.annotations", key), "must be a string");
                    continue;
                }

                size += Encoding.UTF8.GetByteCount(key) + Encoding.UTF8.GetByteCount(annotation.Value.GetString()!);
            }

            if (size > KubernetesSyntax.TotalAnnotationSizeLimit)
            {
                sink.Add("metadata.annotations", $"total size {size} bytes exceeds {KubernetesSyntax.TotalAnnotationSizeLimit}");
            }
        }
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

    /// <summary>A typed label map: every key and value by Kubernetes' label syntax.</summary>
    public static void CheckLabels(IDictionary<string, string>? labels, string path, ProblemSink sink)
    {
        foreach (var (key, value) in labels ?? new Dictionary<string, string>())
        {
            CheckLabel(key, value, path, sink);
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
