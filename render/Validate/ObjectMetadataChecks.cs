using System.Text;
using System.Text.Json.Nodes;

namespace Manifests.Render.Validate;

/// <summary>Kubernetes' rules for the metadata every object has: name, namespace, labels and annotations.</summary>
internal static class ObjectMetadataChecks
{
    /// <summary>How a kind's name is checked: most kinds take a DNS-1123 subdomain.</summary>
    public static void Check(JsonObject root, string kind, ProblemSink sink)
    {
        if (root["metadata"] is not JsonObject metadata)
        {
            sink.Add("metadata", "is required");
            return;
        }

        var name = metadata["name"] is JsonValue n && n.TryGetValue<string>(out var s) ? s : null;
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

        if (metadata["namespace"] is JsonValue ns && ns.TryGetValue<string>(out var namespaceName) && !KubernetesSyntax.IsDns1123Label(namespaceName))
        {
            sink.Add("metadata.namespace", $"'{Shorten(namespaceName)}' is not a DNS-1123 label");
        }

        CheckLabels(metadata["labels"], "metadata.labels", sink);
        if (metadata["annotations"] is JsonObject annotations)
        {
            var size = 0;
            foreach (var (key, value) in annotations)
            {
                var path = FieldPath.Key("metadata.annotations", key);
                if (KubernetesSyntax.KeyProblem(key) is { } problem)
                {
                    sink.Add(path, $"key '{Shorten(key)}': {problem}");
                }

                if (value is not JsonValue v || !v.TryGetValue<string>(out var text))
                {
                    sink.Add(path, "must be a string");
                    continue;
                }

                size += Encoding.UTF8.GetByteCount(key) + Encoding.UTF8.GetByteCount(text);
            }

            if (size > KubernetesSyntax.TotalAnnotationSizeLimit)
            {
                sink.Add("metadata.annotations", $"total size {size} bytes exceeds {KubernetesSyntax.TotalAnnotationSizeLimit}");
            }
        }
    }

    /// <summary>A label map: every key and value by Kubernetes' label syntax.</summary>
    public static void CheckLabels(JsonNode? labels, string path, ProblemSink sink)
    {
        if (labels is not JsonObject map)
        {
            return;
        }

        foreach (var (key, value) in map)
        {
            var field = FieldPath.Key(path, key);
            if (KubernetesSyntax.KeyProblem(key) is { } keyProblem)
            {
                sink.Add(field, $"key '{Shorten(key)}': {keyProblem}");
            }

            if (value is not JsonValue v || !v.TryGetValue<string>(out var text))
            {
                sink.Add(field, "must be a string");
            }
            else if (KubernetesSyntax.LabelValueProblem(text) is { } valueProblem)
            {
                sink.Add(field, $"value '{Shorten(text)}' {valueProblem}");
            }
        }
    }

    /// <summary>Long or unprintable values are cut in messages so one bad value cannot flood a build log.</summary>
    public static string Shorten(string value)
    {
        var printable = new string([.. value.Take(80).Select(c => char.IsControl(c) ? '?' : c)]);
        return value.Length > 80 ? printable + $"… ({value.Length} characters)" : printable;
    }
}
