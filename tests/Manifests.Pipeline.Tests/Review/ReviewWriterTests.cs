using System.Text.Json;
using System.Text.RegularExpressions;
using Bookinfo.Topology;
using Manifests.Render;
using Manifests.Render.Emit;
using Manifests.Render.Graph;
using Manifests.Render.Review;
using Xunit;

namespace Manifests.Pipeline.Tests.Review;

/// <summary>The three forms of the review: a terminal's text, a pull request comment, JSON for scripts.</summary>
public sealed class ReviewWriterTests
{
    private static readonly Model.Mesh Mesh = new BookinfoTopology().Declare();
    private static readonly IReadOnlyList<RenderedFile> Rendered = ManifestRenderer.Render(Mesh, "Bookinfo").Files;

    private static readonly OutputReview ImageChanged = OutputComparer.Compare(
        OutputComparerTests.Replace(Rendered, "m1c1/deployment-reviews-v3.yaml", "reviews-v3:1.15.0", "reviews-v3:1.14.0"),
        Rendered);

    [Fact]
    public void Markdown_has_a_summary_row_per_target_then_a_collapsed_block_per_object_then_the_mermaid_picture()
    {
        var mermaid = MermaidWriter.Write(TopologyGraphBuilder.Build(Mesh));
        var markdown = ReviewMarkdownWriter.Write(ImageChanged, mermaid);

        var rows = Regex.Matches(markdown, @"^\| `(?<target>[^`]+)` \| (?<a>\d+) \| (?<r>\d+) \| (?<c>\d+) \|$", RegexOptions.Multiline)
            .Select(m => $"{m.Groups["target"].Value} {m.Groups["a"].Value}/{m.Groups["r"].Value}/{m.Groups["c"].Value}");
        Assert.Equal(["argocd 0/0/0", "m1c1 0/0/1", "m1c2 0/0/0", "mesh 0/0/0"], rows);

        var details = Regex.Matches(markdown, "<details><summary>(.*?)</summary>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["<code>~ Deployment default/reviews-v3</code> 1 field", "Topology"], details);
        Assert.Equal(Regex.Count(markdown, "<details>"), Regex.Count(markdown, "</details>"));
        Assert.Contains("| <code>spec.template.spec.containers[name=reviews].image</code> | <code>docker.io/istio/examples-bookinfo-reviews-v3:1.14.0</code> | <code>docker.io/istio/examples-bookinfo-reviews-v3:1.15.0</code> |", markdown);
        Assert.Contains("```mermaid\n" + mermaid + "```\n", markdown);
        Assert.True(markdown.IndexOf("#### `m1c1`", StringComparison.Ordinal) < markdown.IndexOf("```mermaid", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_keeps_pipes_and_markup_in_values_inside_their_cell()
    {
        var review = new OutputReview([new TargetReview("m1c1", [new ObjectChange(new ObjectKey("ConfigMap", "default", "c"), "m1c1/c.yaml", ObjectChangeKind.Changed,
            [new FieldChange("data.script", "a | b", "<b>x</b>\nnext")])])]);

        var markdown = ReviewMarkdownWriter.Write(review, null);

        Assert.Contains("| <code>data.script</code> | <code>a &#124; b</code> | <code>&lt;b&gt;x&lt;/b&gt;<br>next</code> |", markdown);
        Assert.DoesNotContain("mermaid", markdown);
    }

    [Fact]
    public void Json_carries_counts_and_field_changes_per_target()
    {
        using var json = JsonDocument.Parse(ReviewJsonWriter.Write(ImageChanged));

        Assert.True(json.RootElement.GetProperty("hasChanges").GetBoolean());
        var m1c1 = json.RootElement.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("target").GetString() == "m1c1");
        Assert.Equal(1, m1c1.GetProperty("changed").GetInt32());
        var change = m1c1.GetProperty("objects")[0];
        Assert.Equal(("changed", "Deployment", "reviews-v3"), (change.GetProperty("change").GetString(), change.GetProperty("kind").GetString(), change.GetProperty("name").GetString()));
        Assert.Equal("docker.io/istio/examples-bookinfo-reviews-v3:1.14.0", change.GetProperty("fields")[0].GetProperty("old").GetString());
    }

    [Fact]
    public void Text_shows_one_line_per_target_object_and_field()
    {
        var text = ReviewTextWriter.Write(ImageChanged);

        Assert.Equal(
            """
            argocd: 0 added, 0 removed, 0 changed
            m1c1: 0 added, 0 removed, 1 changed
              ~ Deployment default/reviews-v3 (m1c1/deployment-reviews-v3.yaml)
                  spec.template.spec.containers[name=reviews].image: docker.io/istio/examples-bookinfo-reviews-v3:1.14.0 -> docker.io/istio/examples-bookinfo-reviews-v3:1.15.0
            m1c2: 0 added, 0 removed, 0 changed
            mesh: 0 added, 0 removed, 0 changed

            """.ReplaceLineEndings("\n"),
            text);
    }
}
