using Manifests.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Manifests.Generator.Tests.Writers;

public sealed class ObjectWriterDiagnosticsTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using Manifests.Render.Emit;
        """;

    [Theory]
    [InlineData("internal static class Writers { }")]
    [InlineData("internal partial class Writers { }")]
    [InlineData("internal static partial class Writers<T> { }")]
    [InlineData("internal static partial class Outer { [ObjectWriters(typeof(Thing))] internal static partial class Writers { } }")]
    public void A_class_that_cannot_receive_the_writers_is_reported_and_gets_nothing(string declaration)
    {
        string source = Usings + "\nnamespace App;\npublic sealed class Thing { public string? Name { get; set; } }\n"
            + (declaration.StartsWith("internal static partial class Outer", StringComparison.Ordinal) ? declaration : "[ObjectWriters(typeof(Thing))]\n" + declaration);

        GeneratorRunResult result = Run(source);

        Assert.Equal("MOBJ001", Assert.Single(result.Diagnostics).Id);
        Assert.Empty(result.GeneratedSources);
    }

    [Theory]
    [InlineData("typeof(string)")]
    [InlineData("typeof(List<Thing>)")]
    [InlineData("typeof(Dictionary<string, Thing>)")]
    [InlineData("typeof(JsonElement)")]
    [InlineData("typeof(k8s.Models.IntOrString)")]
    [InlineData("typeof(Box<>)")]
    public void A_root_that_is_not_written_property_by_property_is_reported(string root)
    {
        string source = Usings + """

            namespace App;
            public sealed class Thing { public string? Name { get; set; } }
            public sealed class Box<T> { public T? Value { get; set; } }
            """ + "\n[ObjectWriters(typeof(Thing), " + root + ")]\ninternal static partial class Writers { }";

        GeneratorRunResult result = Run(source);

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("MOBJ002", diagnostic.Id);
        int attributeLine = Array.FindIndex(source.Split('\n'), line => line.StartsWith("[ObjectWriters(", StringComparison.Ordinal));
        Assert.Equal(attributeLine, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("typeof(global::App.Thing)", result.GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }", "[JsonExtensionData]")]
    [InlineData("[JsonConverter(typeof(UpperConverter))] public string? Shouted { get; set; }", "[JsonConverter] on the member")]
    [InlineData("[JsonConverter(typeof(JsonStringEnumConverter))] public Options Flags { get; set; }", "[JsonConverter] on the member")]
    [InlineData("[JsonNumberHandling(JsonNumberHandling.WriteAsString)] public int Count { get; set; }", "[JsonNumberHandling]")]
    [InlineData("[JsonInclude] private int hidden;", "[JsonInclude] on a member that is not public")]
    public void A_member_the_writers_cannot_reproduce_is_reported(string member, string feature)
    {
        string source = Usings + """

            namespace App;
            [System.Flags] public enum Options { None = 0, A = 1, B = 2 }
            public sealed class UpperConverter : JsonConverter<string>
            {
                public override string Read(ref Utf8JsonReader reader, System.Type type, JsonSerializerOptions options) => reader.GetString()!;
                public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToUpperInvariant());
            }
            """ + "\npublic sealed class Thing { " + member + " }\n[ObjectWriters(typeof(Thing))]\ninternal static partial class Writers { }";

        GeneratorRunResult result = Run(source);

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("MOBJ003", diagnostic.Id);
        Assert.Contains(feature, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_root_the_generator_cannot_see_is_reported_not_skipped()
    {
        // What a CRD class generated in the same project looks like to this generator: a name it cannot resolve.
        string source = Usings + """

            namespace App;
            public sealed class Thing { public string? Name { get; set; } }
            [ObjectWriters(typeof(Thing), typeof(Generated.ByAnotherGenerator))]
            internal static partial class Writers { }
            """;

        GeneratorRunResult result = ObjectWriterHarness.Run(ObjectWriterHarness.Compilation(source)).Run.Results.Single();

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("MOBJ005", diagnostic.Id);
        Assert.Contains("Generated.ByAnotherGenerator", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_members_with_one_json_name_are_reported()
    {
        string source = Usings + """

            namespace App;
            public sealed class Thing
            {
                [JsonPropertyName("name")] public string? Name { get; set; }
                [JsonPropertyName("name")] public string? Title { get; set; }
            }
            [ObjectWriters(typeof(Thing))]
            internal static partial class Writers { }
            """;

        GeneratorRunResult result = Run(source);

        Diagnostic diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("MOBJ004", diagnostic.Id);
        Assert.Contains("'App.Thing.Name' and 'App.Thing.Title'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static GeneratorRunResult Run(string source)
    {
        (GeneratorDriverRunResult run, Compilation output) = ObjectWriterHarness.Run(ObjectWriterHarness.Compilation(source));
        GeneratorRunResult result = run.Results.Single();
        if (result.GeneratedSources.Length != 0)
        {
            // What is generated despite a problem must still compile.
            Assert.DoesNotContain(ObjectWriterHarness.Problems(output), d => d.Severity == DiagnosticSeverity.Error);
        }

        return result;
    }
}
