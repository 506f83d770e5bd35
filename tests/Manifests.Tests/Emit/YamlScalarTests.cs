using System.Text;
using Manifests.Render.Emit;
using YamlDotNet.RepresentationModel;

namespace Manifests.Tests.Emit;

/// <summary>Strings that a YAML 1.1 reader (kubectl's) would take for something else are quoted; safe ones stay plain.</summary>
public sealed class YamlScalarTests
{
    [Theory]
    [InlineData("2")]
    [InlineData("1.15.0")]
    [InlineData("0x1F")]
    [InlineData("0o17")]
    [InlineData("1e3")]
    [InlineData("12:30")]
    [InlineData("yes")]
    [InlineData("No")]
    [InlineData("ON")]
    [InlineData("y")]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData(".inf")]
    [InlineData("2001-12-14")]
    [InlineData("*")]
    [InlineData("a: b")]
    [InlineData("a #b")]
    [InlineData("- x")]
    [InlineData("")]
    [InlineData(" padded ")]
    public void Ambiguous_strings_are_quoted(string value)
    {
        Assert.False(YamlScalar.CanBePlain(value));
        Assert.Equal(value, RoundTrip(value));
    }

    [Theory]
    [InlineData("docker.io/istio/examples-bookinfo-details-v1:1.15.0")]
    [InlineData("200m")]
    [InlineData("256Mi")]
    [InlineData("100%")]
    [InlineData("/productpage")]
    [InlineData("IfNotPresent")]
    public void Unambiguous_strings_stay_plain_as_in_the_seed(string value)
    {
        Assert.True(YamlScalar.CanBePlain(value));
        Assert.Equal(value, RoundTrip(value));
    }

    [Theory]
    [InlineData("line one\nline two")]
    [InlineData("tab\there")]
    [InlineData("carriage\r\nreturn")]
    [InlineData("bell\u0007")]
    [InlineData("emoji \U0001F600")]
    [InlineData("it's")]
    [InlineData("back\\slash \"quoted\"")]
    public void Strings_with_special_characters_read_back_unchanged(string value) =>
        Assert.Equal(value, RoundTrip(value));

    private static string RoundTrip(string value)
    {
        var yaml = new StringBuilder("key: ").Append(YamlScalar.Format(value));
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml.Append('\n').ToString()));
        var scalar = (YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("key")];
        Assert.True(scalar.Style != YamlDotNet.Core.ScalarStyle.Plain || YamlScalar.CanBePlain(value));
        return scalar.Value!;
    }
}
