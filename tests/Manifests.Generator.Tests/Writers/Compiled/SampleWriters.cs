using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Manifests.Generator.Tests.Writers.Samples;
using Manifests.Render.Emit;

namespace Manifests.Generator.Tests.Writers.Compiled;

[ObjectWriters(
    typeof(k8s.Models.V1Deployment),
    typeof(k8s.Models.V1Service),
    typeof(k8s.Models.V1Namespace),
    typeof(k8s.Models.V1ServiceAccount),
    typeof(Manifests.Crds.Istio.Networking.V1Alpha3.VirtualService),
    typeof(Manifests.Crds.Alibabacloud.Istio.V1Beta1.IstioGateway),
    typeof(Kitchen),
    typeof(DerivedThing),
    typeof(TreeNode),
    typeof(Point))]
internal static partial class SampleWriters
{
}

/// <summary>What the tests call by reflection: the generated writers through each sink.</summary>
public static class SampleWriterEntry
{
    /// <summary>The JSON the generated writers produce for <paramref name="value"/> through the render's sink, or null when it is no root.</summary>
    public static string? WriteJson(object value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        using (var converted = new ConvertedValues())
        {
            if (!SampleWriters.TryWrite(value, new JsonSink(writer, converted)))
            {
                return null;
            }
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The keys of every mapping, by path, in the order written.</summary>
    public static Dictionary<string, List<string>> KeysByPath(object value)
    {
        var sink = new KeyOrderSink();
        SampleWriters.TryWrite(value, sink);
        return sink.KeysByPath;
    }
}
