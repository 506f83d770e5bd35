using System.Globalization;
using System.Text;
using System.Text.Json;
using k8s.Models;
using Manifests.Render.Emit;
using Xunit;

namespace Manifests.Perf.Tests;

/// <summary>
/// The sinks write KubernetesClient's <c>IntOrString</c> without asking System.Text.Json, following what its
/// converter does. The converter itself is the expectation here: for every value, the JSON and the YAML must be
/// what serializing through the converter gives.
/// </summary>
public sealed class ConvertedValuesTests
{
    public static TheoryData<string?> Values()
    {
        string[] edges =
        [
            "80", "9080", "http", "007", "00", "-0", "-1", "+5", " 80", "80 ", "\t80\n", "2147483648", "-2147483649",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "1e3", "1.5", "0x10", "1_000", "1,000",
            "٣", "８０", "−1",
        ];
        var values = new TheoryData<string?> { null };
        foreach (var text in edges.Concat(AdversarialStrings.QuotingCases).Distinct(StringComparer.Ordinal))
        {
            values.Add(text);
        }

        return values;
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void IntOrString_is_written_as_its_converter_writes_it(string? text) => AssertLikeTheConverter(text);

    [Theory]
    [InlineData("sv-SE")]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    public void IntOrString_follows_its_converter_in_a_culture_with_other_signs_and_digits(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            foreach (var text in new[] { "-1", "−1", "+1", "1", "٣", "۳", "80", "-80", " 80" })
            {
                AssertLikeTheConverter(text);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    private static void AssertLikeTheConverter(string? text)
    {
        IntOrString value = text!;
        Assert.NotNull(value);
        var expectedJson = JsonSerializer.Serialize(value);

        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        using (var converted = new ConvertedValues())
        {
            new JsonSink(writer, converted).Converted(value, typeof(IntOrString));
        }

        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(expectedJson).RootElement, JsonDocument.Parse(buffer.ToArray()).RootElement),
            $"'{text}': the converter writes {expectedJson}, the sink {Encoding.UTF8.GetString(buffer.ToArray())}");

        // In YAML as a map value: what the emitter writes for the converter's JSON (a null drops the entry).
        using var document = JsonDocument.Parse($$"""{"port":{{expectedJson}}}""");
        var expectedYaml = new Utf8Buffer();
        YamlEmitter.WriteDocument(expectedYaml, document.RootElement, []);

        var actualYaml = new Utf8Buffer();
        using var scratch = new ConvertedValues();
        var sink = new YamlSink(actualYaml, scratch);
        sink.Reset();
        sink.BeginMapping();
        sink.Key("port"u8);
        sink.Converted(value, typeof(IntOrString));
        sink.EndMapping();

        Assert.Equal(Encoding.UTF8.GetString(expectedYaml.WrittenSpan), Encoding.UTF8.GetString(actualYaml.WrittenSpan));
    }
}
