using System.Collections.Generic;
using System.Text.Json.Serialization;
using Manifests.Render.Emit;

namespace Sample.Widgets;

[JsonConverter(typeof(JsonStringEnumConverter<Protocol>))]
public enum Protocol
{
    [JsonStringEnumMemberName("TCP")]
    Tcp,

    [JsonStringEnumMemberName("UDP")]
    Udp,
}

public sealed class Widget
{
    [JsonPropertyName("spec")]
    public WidgetSpec? Spec { get; set; }

    [JsonPropertyName("metadata")]
    public WidgetMetadata? Metadata { get; set; }

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "Widget";

    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = "example.com/v1";
}

public sealed class WidgetMetadata
{
    [JsonPropertyName("labels")]
    public IDictionary<string, string>? Labels { get; set; }

    [JsonPropertyName("generation")]
    public long? Generation { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }
}

public sealed class WidgetSpec
{
    [JsonPropertyName("replicas")]
    public int Replicas { get; set; }

    [JsonPropertyName("ports")]
    public IList<WidgetPort>? Ports { get; set; }
}

public sealed class WidgetPort
{
    [JsonPropertyName("targetPort")]
    public k8s.Models.IntOrString? TargetPort { get; set; }

    [JsonPropertyName("protocol")]
    public Protocol? Protocol { get; set; }

    [JsonPropertyName("port")]
    public int Port { get; set; }
}

[ObjectWriters(typeof(Widget))]
internal static partial class WidgetWriters
{
}
