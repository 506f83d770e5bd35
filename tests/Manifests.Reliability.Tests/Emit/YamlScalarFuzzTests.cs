using System.Text;
using Manifests.Render.Emit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Manifests.Reliability.Tests.Emit;

/// <summary>
/// The one YAML scalar writer, fed random strings built from hazardous pieces: each must read back as
/// itself, and whatever it writes plain must not be another type to a YAML 1.1 reader.
/// </summary>
public sealed class YamlScalarFuzzTests
{
    private static readonly string[] Pieces =
    [
        "y", "n", "yes", "No", "ON", "off", "true", "null", "~", "0", "1", "7", "0x", "0o", "0b", "e", "E", "+", "-", ".", "_", ":", "::",
        "inf", "nan", "Inf", "2001", "-12", "-14", "T", "t", " ", "  ", "\t", "\n", "\r", "#", " #", ": ", "- ", "? ", "!", "&", "*", "%",
        "@", "`", "'", "\"", "\\", "[", "]", "{", "}", ",", "|", ">", "<<", "=", "a", "Z", "é", "🚀", "\u00a0", "\ufeff", "\0", "\u001b",
        "---", "...",
    ];

    [Fact]
    public void Twenty_thousand_random_strings_read_back_exactly_and_never_change_type()
    {
        var random = new Random(4242);
        var failures = new List<string>();
        for (var i = 0; i < 20_000 && failures.Count < 20; i++)
        {
            var value = new StringBuilder();
            var count = random.Next(1, 6);
            for (var p = 0; p < count; p++)
            {
                value.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var text = value.ToString();
            var yaml = new StringBuilder("key: ").Append(YamlScalar.Format(text));
            yaml.Append('\n');

            YamlScalarNode node;
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(yaml.ToString()));
                node = (YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode)["key"];
            }
            catch (YamlException e)
            {
                failures.Add($"{Escape(text)} -> {Escape(yaml.ToString())}: unreadable ({e.Message})");
                continue;
            }

            if (node.Value != text)
            {
                failures.Add($"{Escape(text)} -> {Escape(yaml.ToString())}: read back {Escape(node.Value ?? "")}");
            }
            else if (node.Style == ScalarStyle.Plain && Yaml11Resolver.NonStringType(text) is { } type)
            {
                failures.Add($"{Escape(text)} written plain: a YAML 1.1 reader takes it for a {type}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string Escape(string value) =>
        string.Concat(value.Select(c => c < 0x20 || c is '\u00a0' or '\ufeff' ? $"\\u{(int)c:X4}" : c.ToString()));
}
