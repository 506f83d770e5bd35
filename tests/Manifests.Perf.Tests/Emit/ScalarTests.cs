using System.Text;
using Manifests.Render;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Manifests.Perf.Tests;

/// <summary>
/// The fast emitter keeps every plain/quoted decision of the straightforward one: the adversarial strings
/// render to the bytes recorded before the optimization (Expected/scalars-serviceaccount.yaml, produced by
/// the render at commit 821917e), and a YAML reader gets every string back unchanged.
/// </summary>
public sealed class ScalarTests
{
    private static readonly byte[] Rendered = Render();

    [Fact]
    public void Adversarial_strings_render_the_bytes_recorded_before_the_optimization()
    {
        var expected = File.ReadAllBytes(RecordedOutput.Expected("scalars-serviceaccount.yaml"));

        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(Rendered));
        Assert.True(expected.AsSpan().SequenceEqual(Rendered));
    }

    [Fact]
    public void Adversarial_strings_read_back_through_YamlDotNet_as_the_same_strings_as_keys_and_values()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Encoding.UTF8.GetString(Rendered)));
        var metadata = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["metadata"];
        var annotations = (YamlMappingNode)metadata["annotations"];
        var read = annotations.Children.ToDictionary(
            pair => ((YamlScalarNode)pair.Key).Value!,
            pair => ((YamlScalarNode)pair.Value).Value!,
            StringComparer.Ordinal);

        for (var i = 0; i < AdversarialStrings.QuotingCases.Length; i++)
        {
            var text = AdversarialStrings.QuotingCases[i];
            var index = i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(read.TryGetValue("value-" + index, out var value), $"value-{index} missing");
            Assert.Equal(text, value);
            Assert.True(read.TryGetValue(text, out var key), $"key {Escape(text)} missing");
            Assert.Equal("key-" + index, key);
        }
    }

    [Fact]
    public void Adversarial_strings_that_YamlDotNet_reads_as_plain_are_never_another_type()
    {
        // A plain scalar is resolved by tag; a quoted one is always a string. Plain output must not be a bool, null or number to a 1.1 reader.
        var stream = new YamlStream();
        stream.Load(new StringReader(Encoding.UTF8.GetString(Rendered)));
        var annotations = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["metadata"])["annotations"];
        foreach (var (key, value) in annotations.Children)
        {
            foreach (var scalar in new[] { (YamlScalarNode)key, (YamlScalarNode)value })
            {
                if (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain)
                {
                    Assert.DoesNotMatch(@"^(?i:y|n|yes|no|on|off|true|false|null|~|[-+]?\.?(inf|nan)|[-+]?[0-9][0-9a-fA-FxXoO_.:+-]*)$", scalar.Value!);
                }
            }
        }
    }

    // The render's validator refuses these strings as annotation keys, as Kubernetes would; the emitter under
    // test is driven directly on the same ServiceAccount the render builds, past validation.
    private static byte[] Render()
    {
        var service = ScalarTopology.Declare().Services[0];
        var body = Manifests.Render.Build.Workloads.WorkloadBuilder.ServiceAccount(service).Body;
        return Manifests.Render.Emit.ManifestEmitter.ToYaml(body, Manifests.Render.Emit.ManifestEmitter.Header("Manifests.Perf.Tests.ScalarTopology")).ToArray();
    }

    private static string Escape(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
