using Manifests.Model;
using Manifests.Render;
using Manifests.Render.Validate;
using static Manifests.Reliability.Tests.Support.SmallMesh;

namespace Manifests.Reliability.Tests.Validate;

/// <summary>
/// Every string value of every object is searched for credential shapes and for characters kubectl cannot
/// carry. The validator clears most values from their bytes without decoding them, so each shape and each
/// character class is tried here, in a rendered object and in a file read back, at the start, middle and end
/// of a value.
/// </summary>
public sealed class StringValueTests
{
    public static TheoryData<string, string> Credentials() => new()
    {
        { "an AWS access key id", "AKIA" + "ABCDEFGHIJKLMNOP" },
        { "an AWS access key id", "ASIA" + "QRSTUVWXYZ234567" },
        { "a GitHub token", "ghr_" + new string('a', 36) },
        { "a GitHub token", "github_pat_" + new string('B', 22) },
        { "a Slack token", "xoxb-" + "1234567890-abcdef" },
        { "a JSON Web Token", "eyJ" + "hbGciOiJI.eyJzdWIiOiIx.c2lnbmF0dXJl" },
        { "a PEM private key", "-----BEGIN EC PRIVATE KEY-----MHcCAQEEIA-----END EC PRIVATE KEY-----" },
    };

    [Theory]
    [MemberData(nameof(Credentials))]
    public void A_credential_anywhere_in_a_rendered_value_stops_the_render(string shape, string credential)
    {
        foreach (var value in new[] { credential, "prefix " + credential, "token=" + credential + " suffix" })
        {
            var mesh = Valid with { Services = [Shop with { Annotations = new Dictionary<string, string> { ["example.com/note"] = value } }, Stock] };

            var result = ManifestRenderer.Render(mesh, "Test");

            Assert.False(result.Succeeded);
            Assert.Contains(result.Findings, f => f.Rule.Id == "MESH029" && f.Message.Contains(shape, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Credentials))]
    public void A_credential_in_a_file_read_back_is_found(string shape, string credential)
    {
        var problems = new ManifestValidator().ValidateFile("c1/configmap-settings.yaml", $"""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data:
              token: "{credential}"
            """);

        var problem = Assert.Single(problems);
        Assert.Equal("MESH029", problem.Rule.Id);
        Assert.Equal("data.token", problem.FieldPath);
        Assert.Contains(shape, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\u007F", "U+007F")]
    [InlineData("\\u0085", "U+0085")]
    [InlineData("\\u2028", "U+2028")]
    [InlineData("\\uFFFE", "U+FFFE")]
    public void An_uncarried_character_in_a_file_read_back_is_named_with_its_field(string escaped, string named)
    {
        var problems = new ManifestValidator().ValidateFile("c1/configmap-settings.yaml", $$"""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data:
              greeting: "hello{{escaped}}world"
            """);

        var problem = Assert.Single(problems);
        Assert.Equal("data.greeting", problem.FieldPath);
        Assert.Contains(named, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_values_that_share_a_prefix_with_a_credential_pass()
    {
        var problems = new ManifestValidator().ValidateFile("c1/configmap-settings.yaml", """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data:
              region: "ASIA-PACIFIC-SOUTHEAST"
              build: "eyJustAnOrdinaryWordHere"
              banner: "-----BEGIN GREETING-----"
            """);

        Assert.Empty(problems);
    }
}
