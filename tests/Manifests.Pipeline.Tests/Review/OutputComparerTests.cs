using Bookinfo.Topology;
using Manifests.Render;
using Manifests.Render.Emit;
using Manifests.Render.Review;
using Xunit;

namespace Manifests.Pipeline.Tests.Review;

/// <summary>The semantic diff between committed output and a fresh render, on Bookinfo's real render.</summary>
public sealed class OutputComparerTests
{
    private static readonly IReadOnlyList<RenderedFile> Bookinfo =
        ManifestRenderer.Render(new BookinfoTopology().Declare(), typeof(BookinfoTopology).FullName!).Files;

    [Fact]
    public void A_render_compared_with_itself_has_no_changes_but_lists_every_target()
    {
        var review = OutputComparer.Compare(Bookinfo, Bookinfo);

        Assert.False(review.HasChanges);
        // argocd/ holds the delivery objects and is reviewed like a target.
        Assert.Equal(["argocd", "m1c1", "m1c2", "mesh"], review.Targets.Select(t => t.Target));
    }

    [Fact]
    public void Comments_and_formatting_are_not_changes()
    {
        var reformatted = Bookinfo.Select(f => f with { Content = "# another header\n" + f.Content.Replace("\n", "\n\n", StringComparison.Ordinal) }).ToList();

        Assert.False(OutputComparer.Compare(reformatted, Bookinfo).HasChanges);
    }

    [Fact]
    public void A_new_image_is_one_changed_field_named_by_container()
    {
        var committed = Replace(Bookinfo, "m1c1/deployment-reviews-v3.yaml", "reviews-v3:1.15.0", "reviews-v3:1.14.0");

        var target = Assert.Single(OutputComparer.Compare(committed, Bookinfo).Targets, t => t.Changes.Count > 0);
        var change = Assert.Single(target.Changes);
        Assert.Equal("m1c1", target.Target);
        Assert.Equal(new ObjectKey("Deployment", "default", "reviews-v3"), change.Object);
        Assert.Equal(ObjectChangeKind.Changed, change.Change);
        var field = Assert.Single(change.Fields);
        Assert.Equal("spec.template.spec.containers[name=reviews].image", field.Path);
        Assert.Equal("docker.io/istio/examples-bookinfo-reviews-v3:1.14.0", field.Old);
        Assert.Equal("docker.io/istio/examples-bookinfo-reviews-v3:1.15.0", field.New);
    }

    [Fact]
    public void Objects_only_on_one_side_are_added_or_removed_in_their_own_target()
    {
        var committed = Bookinfo.Where(f => f.Path != "m1c2/deployment-ratings-v1.yaml")
            .Append(new RenderedFile("m1c1/deployment-old-v1.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: old-v1\n  namespace: default\n"))
            .ToList();
        var rendered = Bookinfo.Where(f => !f.Path.EndsWith("kustomization.yaml", StringComparison.Ordinal)).ToList();
        committed = committed.Where(f => !f.Path.EndsWith("kustomization.yaml", StringComparison.Ordinal)).ToList();

        var review = OutputComparer.Compare(committed, rendered);

        var removed = Assert.Single(review.Targets.Single(t => t.Target == "m1c1").Changes);
        Assert.Equal((ObjectChangeKind.Removed, "Deployment default/old-v1"), (removed.Change, removed.Object.ToString()));
        var added = Assert.Single(review.Targets.Single(t => t.Target == "m1c2").Changes);
        Assert.Equal((ObjectChangeKind.Added, "Deployment default/ratings-v1"), (added.Change, added.Object.ToString()));
        Assert.Empty(review.Targets.Single(t => t.Target == "mesh").Changes);
    }

    [Fact]
    public void A_plain_value_list_reports_the_items_added_and_removed_not_shifted_indexes()
    {
        var committed = Replace(Bookinfo, "m1c1/kustomization.yaml", "- deployment-reviews-v3.yaml\n", "");

        var change = Assert.Single(OutputComparer.Compare(committed, Bookinfo).Targets.SelectMany(t => t.Changes));
        Assert.Equal([new FieldChange("resources[]", null, "deployment-reviews-v3.yaml")], change.Fields);
    }

    [Fact]
    public void Secret_data_and_string_data_values_are_masked_on_both_sides_while_other_fields_show()
    {
        var committed = new[] { Secret("c2VjcmV0LW9sZA==", "old-password", "team-a") };
        var rendered = new[] { Secret("c2VjcmV0LW5ldw==", "new-password", "team-b") };

        var change = Assert.Single(OutputComparer.Compare(committed, rendered).Targets.SelectMany(t => t.Changes));

        Assert.Equal(
            [
                new FieldChange("metadata.labels.owner", "team-a", "team-b"),
                new FieldChange("data[\"tls.key\"]", OutputComparer.MaskedValue, OutputComparer.MaskedValue),
                new FieldChange("stringData.password", OutputComparer.MaskedValue, OutputComparer.MaskedValue),
            ],
            change.Fields);
    }

    [Fact]
    public void Secret_values_appear_in_no_output_format()
    {
        var review = OutputComparer.Compare([Secret("c2VjcmV0LW9sZA==", "old-password", "a")], [Secret("c2VjcmV0LW5ldw==", "new-password", "a")]);

        foreach (var output in new[] { ReviewTextWriter.Write(review), ReviewMarkdownWriter.Write(review, null), ReviewJsonWriter.Write(review) })
        {
            Assert.DoesNotContain("c2VjcmV0", output);
            Assert.DoesNotContain("password\n", output);
            Assert.DoesNotContain("old-password", output);
            Assert.DoesNotContain("new-password", output);
            Assert.Contains(OutputComparer.MaskedValue, output);
        }
    }

    internal static List<RenderedFile> Replace(IEnumerable<RenderedFile> files, string path, string from, string to) =>
        files.Select(f =>
        {
            if (f.Path != path)
            {
                return f;
            }

            Assert.Contains(from, f.Content);
            return f with { Content = f.Content.Replace(from, to, StringComparison.Ordinal) };
        }).ToList();

    private static RenderedFile Secret(string data, string password, string owner) => new("m1c1/secret-tls.yaml", $"""
        apiVersion: v1
        kind: Secret
        metadata:
          name: tls
          namespace: default
          labels:
            owner: {owner}
        type: Opaque
        data:
          tls.key: {data}
        stringData:
          password: {password}
        """);
}
