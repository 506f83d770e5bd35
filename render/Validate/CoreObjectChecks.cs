using System.Text.Json;
using System.Text.Json.Serialization;
using k8s.Models;

namespace Manifests.Render.Validate;

/// <summary>
/// Core kinds: a strict round trip through KubernetesClient's own models (an unknown field or a value
/// of the wrong type fails), then the API server's own rules for the fields the models cannot express.
/// </summary>
internal static class CoreObjectChecks
{
    // An unknown field is an error, as with kubectl's strict field validation; types come from the models.
    private static readonly JsonSerializerOptions Strict = new() { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    private static readonly HashSet<string> Protocols = new(StringComparer.Ordinal) { "TCP", "UDP", "SCTP" };

    /// <summary>The core kinds the render emits, by apiVersion and kind.</summary>
    public static bool Knows(string apiVersion, string kind) => (apiVersion, kind) is
        ("v1", "Namespace") or ("v1", "Service") or ("v1", "ServiceAccount") or ("apps/v1", "Deployment") or ("v1", "Secret") or ("v1", "ConfigMap");

    /// <summary>
    /// Checks one core object. <paramref name="built"/> is the typed object the JSON was serialized from, or null
    /// for an object read from a file; only then is the JSON read into the models, strictly.
    /// </summary>
    public static void Check(string apiVersion, string kind, JsonElement root, object? built, ProblemSink sink)
    {
        try
        {
            switch (kind)
            {
                case "Namespace":
                    Typed<V1Namespace>(root, built);
                    break;
                case "ServiceAccount":
                    Typed<V1ServiceAccount>(root, built);
                    break;
                case "ConfigMap":
                    Typed<V1ConfigMap>(root, built);
                    break;
                case "Secret":
                    Typed<V1Secret>(root, built);
                    break;
                case "Service":
                    Service(Typed<V1Service>(root, built), sink);
                    break;
                case "Deployment":
                    Deployment(Typed<V1Deployment>(root, built), sink);
                    break;
            }
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path ? path[2..] : "(root)";
            var reason = e.Message.Split(" Path:", 2)[0];
            sink.Add(field, $"does not fit Kubernetes' {apiVersion} {kind}: {reason}");
        }
        catch (FormatException e)
        {
            // ResourceQuantity refuses a malformed quantity this way, without a path.
            sink.Add("(quantities)", $"does not fit Kubernetes' {apiVersion} {kind}: {e.Message}");
        }
    }

    // The JSON tree is the one Kubernetes sees (YAML typed as its reader types it). KubernetesClient's own YAML
    // loader is not used: YamlDotNet's merge-key handling rejects a valid document holding the string '<<'.
    private static T Typed<T>(JsonElement root, object? built) where T : class =>
        built as T ?? root.Deserialize<T>(Strict) ?? throw new JsonException("is null", "$", null, null);

    private static void Service(V1Service service, ProblemSink sink)
    {
        var ports = service.Spec?.Ports ?? [];
        if (ports.Count == 0 && service.Spec?.Type != "ExternalName")
        {
            sink.Add("spec.ports", "must have at least one port");
        }

        var names = new HashSet<string>(ports.Count, StringComparer.Ordinal);
        var numbers = new HashSet<(int, string)>(ports.Count);
        for (var i = 0; i < ports.Count; i++)
        {
            var port = ports[i];
            string Path() => FieldPath.Index("spec.ports", i);
            if (ports.Count > 1 && string.IsNullOrEmpty(port.Name))
            {
                sink.Add(Path() + ".name", "is required when a Service has more than one port");
            }

            if (!string.IsNullOrEmpty(port.Name) && !KubernetesSyntax.IsPortName(port.Name))
            {
                sink.Add(Path() + ".name", $"'{ObjectMetadataChecks.Shorten(port.Name)}' is not a valid port name (1-15 lower-case letters, digits and '-', with a letter)");
            }

            if (!string.IsNullOrEmpty(port.Name) && !names.Add(port.Name))
            {
                sink.Add(Path() + ".name", $"'{port.Name}' is used by two ports");
            }

            if (port.Port is not (>= 1 and <= 65535))
            {
                PortNumber(port.Port, Path() + ".port", sink);
            }

            var protocol = port.Protocol ?? "TCP";
            if (!Protocols.Contains(protocol))
            {
                sink.Add(Path() + ".protocol", $"'{protocol}' is not TCP, UDP or SCTP");
            }
            else if (!numbers.Add((port.Port, protocol)))
            {
                sink.Add(Path() + ".port", $"{port.Port}/{protocol} is exposed twice");
            }

            TargetPort(port.TargetPort, i, sink);
        }

        ObjectMetadataChecks.CheckLabels(service.Spec?.Selector, "spec.selector", sink);
    }

    private static void Deployment(V1Deployment deployment, ProblemSink sink)
    {
        var spec = deployment.Spec;
        if (spec is null)
        {
            sink.Add("spec", "is required");
            return;
        }

        if (spec.Replicas is < 0)
        {
            sink.Add("spec.replicas", $"{spec.Replicas} is negative");
        }

        var selector = spec.Selector?.MatchLabels;
        if ((selector is null || selector.Count == 0) && (spec.Selector?.MatchExpressions is null || spec.Selector.MatchExpressions.Count == 0))
        {
            sink.Add("spec.selector", "is required and must not be empty");
        }

        ObjectMetadataChecks.CheckLabels(selector, "spec.selector.matchLabels", sink);
        var templateLabels = spec.Template?.Metadata?.Labels ?? new Dictionary<string, string>();
        ObjectMetadataChecks.CheckLabels(templateLabels, "spec.template.metadata.labels", sink);
        foreach (var (key, value) in selector ?? new Dictionary<string, string>())
        {
            if (!templateLabels.TryGetValue(key, out var actual) || actual != value)
            {
                sink.Add(FieldPath.Key("spec.selector.matchLabels", key), $"selects {key}={value}, but the pod template's labels do not match it, so the Deployment would own no pods");
            }
        }

        if (spec.Template?.Spec is not { } pod)
        {
            sink.Add("spec.template.spec", "is required");
            return;
        }

        PodSpecChecks.Check(pod, "spec.template.spec", sink);
    }

    internal static void PortNumber(int? port, string path, ProblemSink sink)
    {
        if (port is not (>= 1 and <= 65535))
        {
            sink.Add(path, $"{(port is null ? "is required" : port + " is outside 1 to 65535")}");
        }
    }

    // The target port of spec.ports[index]: a number in range or a port name.
    private static void TargetPort(IntOrString? target, int index, ProblemSink sink)
    {
        if (target?.Value is not { } value)
        {
            return;
        }

        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            if (number is not (>= 1 and <= 65535))
            {
                PortNumber(number, FieldPath.Index("spec.ports", index) + ".targetPort", sink);
            }
        }
        else if (!KubernetesSyntax.IsPortName(value))
        {
            sink.Add(FieldPath.Index("spec.ports", index) + ".targetPort", $"'{ObjectMetadataChecks.Shorten(value)}' is neither a port number nor a port name");
        }
    }
}
