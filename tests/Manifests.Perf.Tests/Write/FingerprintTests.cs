using Xunit;
using System.Collections;
using System.Reflection;
using Manifests.Model;
using Manifests.Render;
using Manifests.Render.Deliver;
using Manifests.Render.Reuse;

namespace Manifests.Perf.Tests;

/// <summary>
/// A render is skipped when its fingerprint is that of the files on disk, so the fingerprint must change
/// with every value that can change a file. Rather than list the model's fields (and miss the next one),
/// these tests walk the topologies' records and change each value they reach, one at a time.
/// </summary>
public sealed class FingerprintTests
{
    private static readonly RenderLayout Layout = RenderLayout.Default;

    public static TheoryData<string> Topologies() => ["features", "bookinfo", "synthetic"];

    [Theory]
    [MemberData(nameof(Topologies))]
    public void Every_declared_value_changes_the_fingerprint(string topology)
    {
        var mesh = Declare(topology);
        var original = RenderFingerprint.Of(mesh, "T", Layout);
        var mutations = Mutations(mesh, "mesh").ToList();

        Assert.True(mutations.Count > 40, $"only {mutations.Count} values reached: the walk of the test is broken");
        var seen = new Dictionary<string, string> { [original] = "(original)" };
        foreach (var (path, mutated) in mutations)
        {
            var fingerprint = RenderFingerprint.Of((Mesh)mutated, "T", Layout);
            Assert.False(seen.TryGetValue(fingerprint, out var other), $"changing {path} gave the fingerprint of {other}");
            seen[fingerprint] = path;
        }
    }

    [Theory]
    [MemberData(nameof(Topologies))]
    public void The_same_declaration_twice_has_one_fingerprint(string topology) =>
        Assert.Equal(RenderFingerprint.Of(Declare(topology), "T", Layout), RenderFingerprint.Of(Declare(topology), "T", Layout));

    [Fact]
    public void The_topology_name_and_the_layout_are_part_of_it()
    {
        var mesh = Declare("features");
        var fingerprint = RenderFingerprint.Of(mesh, "T", Layout);

        Assert.NotEqual(fingerprint, RenderFingerprint.Of(mesh, "U", Layout));
        Assert.NotEqual(fingerprint, RenderFingerprint.Of(mesh, "T", new RenderLayout("../out")));
    }

    [Fact]
    public void Where_a_value_was_declared_is_left_out_because_no_file_holds_it()
    {
        var mesh = Declare("features");
        var moved = Relocate(mesh);
        Assert.NotEqual(mesh.Services[0].Source, ((Mesh)moved).Services[0].Source);

        Assert.Equal(RenderFingerprint.Of(mesh, "T", Layout), RenderFingerprint.Of((Mesh)moved, "T", Layout));
        var before = ManifestRenderer.Render(mesh, "T").Files;
        var after = ManifestRenderer.Render((Mesh)moved, "T").Files;
        Assert.Equal(before.Select(f => (f.Path, f.Content)), after.Select(f => (f.Path, f.Content)));
    }

    private static Mesh Declare(string topology) => topology switch
    {
        "features" => FeatureTopology.Declare(),
        "bookinfo" => new Bookinfo.Topology.BookinfoTopology().Declare(),
        _ => Manifests.Bench.SyntheticTopology.Declare(3),
    };

    // Every copy of the record with exactly one value changed, named by its path.
    private static IEnumerable<(string Path, object Mutated)> Mutations(object record, string path)
    {
        foreach (var property in Settable(record.GetType()))
        {
            var value = property.GetValue(record);
            foreach (var (childPath, changed) in Changes(value, property.PropertyType, $"{path}.{property.Name}"))
            {
                yield return (childPath, With(record, property, changed));
            }
        }
    }

    private static IEnumerable<(string Path, object? Changed)> Changes(object? value, Type declared, string path)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        switch (value)
        {
            case string text:
                yield return (path, text + "x");
                break;
            case int number:
                yield return (path, number + 1);
                break;
            case long number:
                yield return (path, number + 1);
                break;
            case TimeSpan duration:
                yield return (path, duration + TimeSpan.FromTicks(1));
                break;
            case double fraction:
                yield return (path, fraction + 0.5);
                break;
            case bool flag:
                yield return (path, !flag);
                break;
            case Enum choice:
                var values = Enum.GetValues(choice.GetType());
                yield return (path, values.GetValue((Array.IndexOf(values, choice) + 1) % values.Length));
                break;
            case IDictionary dictionary:
                var copy = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(type.GetGenericArguments()))!;
                foreach (DictionaryEntry entry in dictionary)
                {
                    copy[entry.Key] = entry.Value;
                }

                if (type.GetGenericArguments()[1] == typeof(string))
                {
                    copy["added-key"] = "added";
                    yield return (path + "[+]", copy);
                }

                foreach (DictionaryEntry entry in dictionary)
                {
                    foreach (var (childPath, changed) in Changes(entry.Value, type.GetGenericArguments()[1], $"{path}[{entry.Key}]"))
                    {
                        var replaced = (IDictionary)Activator.CreateInstance(copy.GetType())!;
                        foreach (DictionaryEntry e in dictionary)
                        {
                            replaced[e.Key] = Equals(e.Key, entry.Key) ? changed : e.Value;
                        }

                        yield return (childPath, replaced);
                    }
                }

                break;
            case IEnumerable items when type.IsGenericType:
                var element = type.GetGenericArguments()[0];
                var list = items.Cast<object?>().ToList();
                if (list.Count > 0)
                {
                    yield return (path + "[-last]", ArrayOf(element, list[..^1]));
                }

                for (var i = 0; i < list.Count; i++)
                {
                    foreach (var (childPath, changed) in Changes(list[i], element, $"{path}[{i}]"))
                    {
                        var replaced = list.ToList();
                        replaced[i] = changed;
                        yield return (childPath, ArrayOf(element, replaced));
                    }
                }

                break;
            case null:
                break;
            default:
                if (value.GetType().Namespace == typeof(Mesh).Namespace && value.GetType().GetMethod("<Clone>$") is not null)
                {
                    foreach (var mutation in Mutations(value, path))
                    {
                        yield return mutation;
                    }
                }

                break;
        }
    }

    private static Array ArrayOf(Type element, List<object?> items)
    {
        var array = Array.CreateInstance(element, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            array.SetValue(items[i], i);
        }

        return array;
    }

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null && p.GetIndexParameters().Length == 0 && p.PropertyType != typeof(SourceLocation));

    private static object With(object record, PropertyInfo property, object? value)
    {
        var clone = record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        property.SetValue(clone, value);
        return clone;
    }

    // The same records, every declaration moved to another line of another file.
    private static object Relocate(object record)
    {
        var clone = record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null))
        {
            var value = property.GetValue(record);
            if (property.PropertyType == typeof(SourceLocation))
            {
                property.SetValue(clone, new SourceLocation("/elsewhere/Moved.cs", ((SourceLocation)value!).Line + 100));
            }
            else if (value is IEnumerable items and not string and not IDictionary && property.PropertyType.IsGenericType &&
                property.PropertyType.GetGenericArguments()[0].GetMethod("<Clone>$") is not null)
            {
                property.SetValue(clone, ArrayOf(property.PropertyType.GetGenericArguments()[0], [.. items.Cast<object?>().Select(i => i is null ? null : Relocate(i))]));
            }
            else if (value?.GetType().GetMethod("<Clone>$") is not null && value.GetType().Namespace == typeof(Mesh).Namespace)
            {
                property.SetValue(clone, Relocate(value));
            }
        }

        return clone;
    }
}
