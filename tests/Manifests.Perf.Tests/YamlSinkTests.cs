using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Manifests.Render.Emit;
using Xunit;

namespace Manifests.Perf.Tests;

/// <summary>
/// The YAML the generated object writers produce goes through <see cref="YamlSink"/>, which must write exactly
/// what <see cref="YamlEmitter"/> writes for the same JSON tree (the writer every file came from before, and
/// whose output the recorded expectations pin down). Each tree here is handed to the sink in the calls a
/// generated writer makes, and the two texts are compared byte for byte.
/// </summary>
public sealed class YamlSinkTests
{
    private static readonly byte[] Header = YamlEmitter.HeaderLine("test");

    [Theory]
    [InlineData("""{"a":{}}""")]
    [InlineData("""{"a":[]}""")]
    [InlineData("""{"a":{"b":null}}""")]
    [InlineData("""{"a":null,"b":1}""")]
    [InlineData("""{"a":[null,{},[],[[]],[{}]]}""")]
    [InlineData("""{"a":[[1,2],[{"x":1,"y":[3]}]]}""")]
    [InlineData("""{"a":[{"k":null,"m":{"n":null}},{"k":null}]}""")]
    [InlineData("""{"a":[{"k":[{"z":[]}],"b":"x"}]}""")]
    [InlineData("""{"ports":[{"name":"http","port":9080,"targetPort":"http"}],"selector":{"app":"reviews"}}""")]
    [InlineData("""{}""")]
    public void Sink_writes_what_the_emitter_writes_for_the_same_tree(string json) => AssertSame(JsonNode.Parse(json)!.AsObject());

    [Fact]
    public void Sink_writes_what_the_emitter_writes_for_random_trees_of_adversarial_keys_and_values()
    {
        var random = new Random(20261125);
        for (var i = 0; i < 2_000; i++)
        {
            AssertSame(RandomObject(random, depth: 0));
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

    private static void AssertSame(JsonObject tree)
    {
        using var document = JsonDocument.Parse(tree.ToJsonString());
        var expected = new Utf8Buffer();
        YamlEmitter.WriteDocument(expected, document.RootElement, Header);

        var actual = new Utf8Buffer();
        actual.Append(Header);
        using var converted = new ConvertedValues();
        var sink = new YamlSink(actual, converted);
        sink.Reset();
        Walk(document.RootElement, sink);

        Assert.Equal(Encoding.UTF8.GetString(expected.WrittenSpan), Encoding.UTF8.GetString(actual.WrittenSpan));
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
            var key = AdversarialStrings.All[random.Next(AdversarialStrings.All.Length)];
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
        1 => JsonValue.Create(AdversarialStrings.All[random.Next(AdversarialStrings.All.Length)]),
        2 => JsonValue.Create(random.Next(-1000, 100_000)),
        3 => JsonValue.Create(random.Next(2) == 0),
        4 or 5 => RandomObject(random, depth),
        _ => new JsonArray([.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => RandomValue(random, depth + 1))]),
    };
}
