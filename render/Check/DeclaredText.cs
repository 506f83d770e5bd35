using System.Collections;
using System.Text;
using Manifests.Model;
using Manifests.Render.Validate;
using Manifests.Rules;

namespace Manifests.Render.Check;

/// <summary>
/// Every string a topology declares, checked for characters that cannot reach a cluster unchanged before
/// anything is built: on the way to YAML, System.Text.Json silently turns a lone surrogate into U+FFFD, so
/// the validator of rendered files would never see it. Walks the model's records, so a new field is covered.
/// </summary>
internal static class DeclaredText
{
    public static IReadOnlyList<RuleFinding> Check(Mesh mesh)
    {
        var walk = new Walk();
        walk.Value(mesh, mesh.Source, depth: 0);
        return walk.Findings;
    }

    /// <summary>One walk: the findings so far, and the path to the value in hand as segments, made into text only for a finding.</summary>
    private sealed class Walk
    {
        private Segment[] _path = new Segment[16];
        private int _length;

        public List<RuleFinding> Findings { get; } = [];

        public void Value(object? value, SourceLocation at, int depth)
        {
            switch (value)
            {
                case null:
                    return;
                case string text:
                    Text(text, at);
                    return;
                case ValueType:
                    // A location, an enum, a number: boxed, it never holds text.
                    return;
                case Dictionary<string, string> map when map.GetType() == typeof(Dictionary<string, string>):
                    // The model's maps, without a boxed entry each; a Dictionary enumerates in the same order either way.
                    foreach (var (key, item) in map)
                    {
                        Entry(key, item, at, depth);
                    }

                    return;
                case IDictionary dictionary:
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        Entry(entry.Key, entry.Value, at, depth);
                    }

                    return;
                case IReadOnlyList<object?> list:
                    // Lists of records and strings, by index: no enumerator per list.
                    for (var i = 0; i < list.Count; i++)
                    {
                        Push(new Segment(SegmentKind.Index, null, i));
                        Value(list[i], at, depth + 1);
                        _length--;
                    }

                    return;
                case IEnumerable items:
                    var index = 0;
                    foreach (var item in items)
                    {
                        Push(new Segment(SegmentKind.Index, null, index++));
                        Value(item, at, depth + 1);
                        _length--;
                    }

                    return;
            }

            // Records of the model only; a guard against cycles that immutable records cannot have anyway.
            if (depth > 32 || RecordShape.For(value.GetType()) is not { IsModel: true } shape)
            {
                return;
            }

            var here = shape.SourceOf(value) is { IsKnown: true } source ? source : at;
            foreach (var property in shape.Properties)
            {
                Push(new Segment(SegmentKind.Property, property.Name, 0));
                Value(property.Read(value), here, depth + 1);
                _length--;
            }
        }

        private void Entry(object key, object? item, SourceLocation at, int depth)
        {
            Push(new Segment(SegmentKind.Key, null, 0));
            Value(key, at, depth + 1);
            _length--;
            Push(new Segment(SegmentKind.Entry, key, 0));
            Value(item, at, depth + 1);
            _length--;
        }

        private void Text(string text, SourceLocation at)
        {
            // Printable ASCII and C0 controls are always carried: most text needs no closer look.
            if (!text.AsSpan().ContainsAnyExceptInRange('\u0000', '\u007E'))
            {
                return;
            }

            if (CarriedCharacters.FirstUncarried(text) is { } bad)
            {
                Findings.Add(new RuleFinding(RuleDescriptors.InvalidObject,
                    $"{PathText()} holds {bad}, which kubectl and kustomize cannot carry unchanged.",
                    at.IsKnown ? new FactLocation(at.FilePath, at.Line) : FactLocation.None));
            }
        }

        private void Push(Segment segment)
        {
            if (_length == _path.Length)
            {
                Array.Resize(ref _path, _length * 2);
            }

            _path[_length++] = segment;
        }

        // The path as the message gives it: mesh.Services[0].Annotations["key"], or [key] for the key itself.
        private string PathText()
        {
            var text = new StringBuilder("mesh");
            for (var i = 0; i < _length; i++)
            {
                var segment = _path[i];
                switch (segment.Kind)
                {
                    case SegmentKind.Property:
                        text.Append('.').Append((string)segment.Value!);
                        break;
                    case SegmentKind.Key:
                        text.Append("[key]");
                        break;
                    case SegmentKind.Entry:
                        // Formatted as a string interpolation, as the key always was (a key that is not a string included).
                        string entry = $"[\"{segment.Value}\"]";
                        text.Append(entry);
                        break;
                    case SegmentKind.Index:
                        string index = $"[{segment.Index}]";
                        text.Append(index);
                        break;
                }
            }

            return text.ToString();
        }
    }

    private enum SegmentKind
    {
        Property,
        Key,
        Entry,
        Index,
    }

    /// <summary>A step of the path: a property (its name), a map key, a map entry (its key), or a list item (its index).</summary>
    private readonly record struct Segment(SegmentKind Kind, object? Value, int Index);
}
