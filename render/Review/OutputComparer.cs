using Manifests.Render.Emit;

namespace Manifests.Render.Review;

/// <summary>
/// The semantic diff a reviewer reads: objects matched by kind, namespace and name within each target,
/// and for each changed object the field paths whose values differ. Secret values are never carried out.
/// </summary>
public static class OutputComparer
{
    /// <summary>What is shown instead of any value under a Secret's <c>data</c> or <c>stringData</c>.</summary>
    public const string MaskedValue = "(secret value hidden)";

    /// <summary>Compares the committed files with a fresh render; both are paths below the output root with their text.</summary>
    public static OutputReview Compare(IReadOnlyList<RenderedFile> committed, IReadOnlyList<RenderedFile> rendered)
    {
        var before = Index(committed);
        var after = Index(rendered);
        var targets = before.Keys.Select(k => k.Target).Concat(after.Keys.Select(k => k.Target))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

        var targetReviews = new List<TargetReview>();
        foreach (var target in targets)
        {
            var changes = new List<ObjectChange>();
            var keys = before.Keys.Concat(after.Keys).Where(k => k.Target == target).Distinct();
            foreach (var key in keys)
            {
                var old = before.GetValueOrDefault(key);
                var @new = after.GetValueOrDefault(key);
                if (old is null)
                {
                    changes.Add(new ObjectChange(key.Object, @new!.File, ObjectChangeKind.Added, []));
                }
                else if (@new is null)
                {
                    changes.Add(new ObjectChange(key.Object, old.File, ObjectChangeKind.Removed, []));
                }
                else if (CompareFields(old, @new) is { Count: > 0 } fields)
                {
                    changes.Add(new ObjectChange(key.Object, @new.File, ObjectChangeKind.Changed, fields));
                }
            }

            targetReviews.Add(new TargetReview(target, changes
                .OrderBy(c => c.File, StringComparer.Ordinal)
                .ThenBy(c => c.Object.ToString(), StringComparer.Ordinal)
                .ToList()));
        }

        return new OutputReview(targetReviews);
    }

    private static Dictionary<(string Target, ObjectKey Object), ManifestObject> Index(IReadOnlyList<RenderedFile> files)
    {
        var index = new Dictionary<(string, ObjectKey), ManifestObject>();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            foreach (var item in ManifestObjectReader.Read(file))
            {
                // The same object twice in one target is kept once: the first file in path order wins.
                index.TryAdd((item.Target, item.Key), item);
            }
        }

        return index;
    }

    private static List<FieldChange> CompareFields(ManifestObject old, ManifestObject @new)
    {
        var oldFields = Group(old.Fields);
        var newFields = Group(@new.Fields);
        var secret = old.Key.Kind == "Secret" || @new.Key.Kind == "Secret";
        var changes = new List<FieldChange>();
        var paths = @new.Fields.Select(f => f.Key).Concat(old.Fields.Select(f => f.Key)).Distinct(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var before = oldFields.GetValueOrDefault(path) ?? [];
            var after = newFields.GetValueOrDefault(path) ?? [];
            if (before.SequenceEqual(after, StringComparer.Ordinal))
            {
                continue;
            }

            if (!path.EndsWith("[]", StringComparison.Ordinal))
            {
                changes.Add(Masked(secret, new FieldChange(path, before.FirstOrDefault(), after.FirstOrDefault())));
                continue;
            }

            // Plain-value lists: items removed and added, or the whole list when only the order moved.
            var removed = Except(before, after);
            var added = Except(after, before);
            if (removed.Count == 0 && added.Count == 0)
            {
                changes.Add(Masked(secret, new FieldChange(path, string.Join(", ", before), string.Join(", ", after))));
            }

            changes.AddRange(removed.Select(item => Masked(secret, new FieldChange(path, item, null))));
            changes.AddRange(added.Select(item => Masked(secret, new FieldChange(path, null, item))));
        }

        return changes;
    }

    private static Dictionary<string, List<string>> Group(IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (path, value) in fields)
        {
            if (!map.TryGetValue(path, out var values))
            {
                map[path] = values = [];
            }

            values.Add(value);
        }

        return map;
    }

    /// <summary>The items of <paramref name="from"/> not matched one for one in <paramref name="other"/>, in order.</summary>
    private static List<string> Except(List<string> from, List<string> other)
    {
        var remaining = other.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var item in from)
        {
            if (remaining.TryGetValue(item, out var count) && count > 0)
            {
                remaining[item] = count - 1;
            }
            else
            {
                result.Add(item);
            }
        }

        return result;
    }

    private static FieldChange Masked(bool secret, FieldChange change) =>
        secret && IsSecretValue(change.Path)
            ? change with { Old = change.Old is null ? null : MaskedValue, New = change.New is null ? null : MaskedValue }
            : change;

    private static bool IsSecretValue(string path) =>
        path is "data" or "stringData" ||
        path.StartsWith("data.", StringComparison.Ordinal) || path.StartsWith("data[", StringComparison.Ordinal) ||
        path.StartsWith("stringData.", StringComparison.Ordinal) || path.StartsWith("stringData[", StringComparison.Ordinal);
}
