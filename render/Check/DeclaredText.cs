using System.Collections;
using System.Runtime.CompilerServices;
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

        private readonly ShapeCache _shapes = new();

        public List<RuleFinding> Findings { get; } = [];

        public void Value(object? value, SourceLocation at, int depth)
        {
            if (value is null)
            {
                return;
            }

            if (value is string text)
            {
                Text(text, at);
                return;
            }

            var shape = _shapes.For(value.GetType());
            switch (shape.Kind)
            {
                case ShapeKind.StringMap:
                    // A Dictionary enumerates in the same order through IDictionary and through its own enumerator.
                    foreach (var (key, item) in (Dictionary<string, string>)value)
                    {
                        Entry(key, item, at, depth);
                    }

                    return;
                case ShapeKind.Map:
                    foreach (DictionaryEntry entry in (IDictionary)value)
                    {
                        Entry(entry.Key, entry.Value, at, depth);
                    }

                    return;
                case ShapeKind.List:
                    // Lists of records and strings, by index: no enumerator per list.
                    var list = (IReadOnlyList<object?>)value;
                    for (var i = 0; i < list.Count; i++)
                    {
                        Push(new Segment(SegmentKind.Index, null, i));
                        Value(list[i], at, depth + 1);
                        _length--;
                    }

                    return;
                case ShapeKind.Sequence:
                    var index = 0;
                    foreach (var item in (IEnumerable)value)
                    {
                        Push(new Segment(SegmentKind.Index, null, index++));
                        Value(item, at, depth + 1);
                        _length--;
                    }

                    return;
                case ShapeKind.Record:
                    // A guard against cycles that immutable records cannot have anyway.
                    if (depth <= 32)
                    {
                        Record(value, shape, at, depth);
                    }

                    return;
                default:
                    // A value type (boxed, it never holds text) or a type outside the model.
                    return;
            }
        }

        private void Record(object record, TypeShape shape, SourceLocation at, int depth)
        {
            var here = shape.SourceOf(record) is { IsKnown: true } source ? source : at;
            foreach (var property in shape.Properties)
            {
                Push(new Segment(SegmentKind.Property, property.Name, 0));
                Value(property.Read(record), here, depth + 1);
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
            // (Ascii.IsValid less DEL rather than ContainsAnyExceptInRange, whose char form allocates on every call.)
            if (System.Text.Ascii.IsValid(text) && !text.Contains('\u007F'))
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

    /// <summary>
    /// The shapes one walk has met, found by reference in a small open-addressed table: a walk meets a dozen or
    /// so types, each tens of thousands of times, and the shared weak table or a dictionary costs more per look-up.
    /// </summary>
    private sealed class ShapeCache
    {
        private const int Slots = 64;
        private readonly Type?[] _types = new Type?[Slots];
        private readonly TypeShape?[] _shapes = new TypeShape?[Slots];

        public TypeShape For(Type type)
        {
            var slot = RuntimeHelpers.GetHashCode(type) & (Slots - 1);
            for (var probe = 0; probe < Slots; probe++, slot = (slot + 1) & (Slots - 1))
            {
                if (ReferenceEquals(_types[slot], type))
                {
                    return _shapes[slot]!;
                }

                if (_types[slot] is null)
                {
                    var shape = TypeShape.For(type);
                    _types[slot] = type;
                    _shapes[slot] = shape;
                    return shape;
                }
            }

            // More types than slots: never in the model as it is, still correct.
            return TypeShape.For(type);
        }
    }
}
