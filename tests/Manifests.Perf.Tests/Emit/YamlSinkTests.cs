using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Manifests.Render.Emit;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Manifests.Perf.Tests;

/// <summary>
/// <see cref="YamlSink"/> is the one writer of the YAML layout: the generated object writers and the JSON trees
/// (<see cref="YamlEmitter"/>) both go through it, and the recorded renders (<see cref="ByteIdentityTests"/>) pin its
/// output. Here it gets the calls a generated writer makes. Small trees are checked against YAML written by hand from
/// the format rules (block style, a sequence at its key's indentation as kubectl and kustomize write it, an empty map
/// or sequence as <c>{}</c> or <c>[]</c>, a null map value left out, a null item written); random trees of
/// adversarial keys and values are read back by YamlDotNet and must be the tree that went in.
/// </summary>
public sealed class YamlSinkTests
{
    private static readonly byte[] Header = YamlEmitter.HeaderLine("test");

    [Theory]
    [InlineData("""{"a":{}}""", "a: {}\n")]
    [InlineData("""{"a":[]}""", "a: []\n")]
    [InlineData("""{"a":{"b":null}}""", "a: {}\n")]
    [InlineData("""{"a":null,"b":1}""", "b: 1\n")]
    [InlineData("""{"a":[null,{},[],[[]],[{}]]}""", "a:\n- null\n- {}\n- []\n- - []\n- - {}\n")]
    [InlineData("""{"a":[[1,2],[{"x":1,"y":[3]}]]}""", "a:\n- - 1\n  - 2\n- - x: 1\n    'y':\n    - 3\n")]
    [InlineData("""{"a":[{"k":null,"m":{"n":null}},{"k":null}]}""", "a:\n- m: {}\n- {}\n")]
    [InlineData("""{"a":[{"k":[{"z":[]}],"b":"x"}]}""", "a:\n- b: x\n  k:\n  - z: []\n")]
    [InlineData("""{"ports":[{"name":"http","port":9080,"targetPort":"http"}],"selector":{"app":"reviews"}}""",
        "ports:\n- name: http\n  port: 9080\n  targetPort: http\nselector:\n  app: reviews\n")]
    [InlineData("""{}""", "")]
    public void Sink_writes_the_block_layout_the_format_rules_give(string json, string expected)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(expected, Write(document.RootElement)[Header.Length..]);
    }

    [Fact]
    public void Random_trees_of_adversarial_keys_and_values_read_back_as_the_tree_that_went_in()
    {
        var random = new Random(20261125);
        for (var i = 0; i < 2_000; i++)
        {
            using var document = JsonDocument.Parse(RandomObject(random, depth: 0).ToJsonString());
            var yaml = Write(document.RootElement);

            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));

            // A root with nothing but nulls is written as no document at all, only the header.
            YamlNode root = stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
            AssertSameTree(document.RootElement, root, yaml);
        }
    }

    [Fact]
    public void A_null_map_value_is_left_out_with_its_key_and_an_all_null_map_is_written_empty()
    {
        var output = new Utf8Buffer();
        using var converted = new ConvertedValues();
        var sink = new YamlSink(output, converted);
        sink.Reset();
        sink.BeginMapping();
        sink.Key("a"u8);
        sink.BeginMapping();
        sink.Key("gone");
        sink.Null();
        sink.EndMapping();
        sink.Key("b"u8);
        sink.BeginSequence();
        sink.Null();
        sink.EndSequence();
        sink.EndMapping();

        Assert.Equal("a: {}\nb:\n- null\n", Encoding.UTF8.GetString(output.WrittenSpan));
    }

    private static string Write(JsonElement root)
    {
        var output = new Utf8Buffer();
        output.Append(Header);
        using var converted = new ConvertedValues();
        var sink = new YamlSink(output, converted);
        sink.Reset();
        Walk(root, sink);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    // A null map value is not written; everything else reads back as it went in: strings as strings (in whatever
    // style), numbers and booleans as plain scalars of their JSON text, a null item as a plain null.
    private static void AssertSameTree(JsonElement expected, YamlNode actual, string yaml)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var map = Assert.IsType<YamlMappingNode>(actual);
                var present = expected.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).ToList();
                Assert.True(present.Count == map.Children.Count, yaml);
                foreach (var property in present)
                {
                    Assert.True(map.Children.TryGetValue(new YamlScalarNode(property.Name), out var value), $"{property.Name} missing in\n{yaml}");
                    AssertSameTree(property.Value, value, yaml);
                }

                break;
            case JsonValueKind.Array:
                var sequence = Assert.IsType<YamlSequenceNode>(actual);
                var items = expected.EnumerateArray().ToList();
                Assert.True(items.Count == sequence.Children.Count, yaml);
                for (var i = 0; i < items.Count; i++)
                {
                    AssertSameTree(items[i], sequence.Children[i], yaml);
                }

                break;
            case JsonValueKind.String:
                Assert.Equal(expected.GetString(), Assert.IsType<YamlScalarNode>(actual).Value);
                break;
            default:
                var scalar = Assert.IsType<YamlScalarNode>(actual);
                Assert.Equal(ScalarStyle.Plain, scalar.Style);
                Assert.Equal(expected.ValueKind == JsonValueKind.Null ? "null" : expected.GetRawText(), scalar.Value);
                break;
        }
    }

    // The calls a generated writer makes: map entries in ordinal key order (null values included, as a
    // dictionary's are), sequence items in order.
    private static void Walk(JsonElement element, IObjectSink sink)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                sink.BeginMapping();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    sink.Key(property.Name);
                    Walk(property.Value, sink);
                }

                sink.EndMapping();
                break;
            case JsonValueKind.Array:
                sink.BeginSequence();
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, sink);
                }

                sink.EndSequence();
                break;
            case JsonValueKind.String:
                sink.String(element.GetString()!);
                break;
            case JsonValueKind.Number:
                sink.Number(element.GetInt64());
                break;
            case JsonValueKind.True or JsonValueKind.False:
                sink.Boolean(element.GetBoolean());
                break;
            default:
                sink.Null();
                break;
        }
    }

    // Keys never include the root's leading keys (apiVersion, kind, metadata, spec): their order is the
    // generated writers' business and is pinned by the recorded renders.
    private static JsonObject RandomObject(Random random, int depth)
    {
        var map = new JsonObject();
        var count = random.Next(0, depth == 0 ? 6 : 4);
        for (var i = 0; i < count; i++)
        {
            var key = AdversarialStrings.QuotingCases[random.Next(AdversarialStrings.QuotingCases.Length)];
            if (key is "apiVersion" or "kind" or "metadata" or "spec" || map.ContainsKey(key))
            {
                continue;
            }

            map[key] = RandomValue(random, depth + 1);
        }

        return map;
    }

    private static JsonNode? RandomValue(Random random, int depth) => random.Next(depth >= 4 ? 4 : 7) switch
    {
        0 => null,
        1 => JsonValue.Create(AdversarialStrings.QuotingCases[random.Next(AdversarialStrings.QuotingCases.Length)]),
        2 => JsonValue.Create(random.Next(-1000, 100_000)),
        3 => JsonValue.Create(random.Next(2) == 0),
        4 or 5 => RandomObject(random, depth),
        _ => new JsonArray([.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => RandomValue(random, depth + 1))]),
    };
}
