using System.Buffers.Text;
using Manifests.Render.Validate;

namespace Manifests.Render.Emit;

/// <summary>
/// Writes what a generated object writer hands over as block-style YAML, byte for byte what
/// <see cref="YamlEmitter"/> writes for the same object's JSON tree: nulls in maps dropped, an empty map or
/// sequence as <c>{}</c> or <c>[]</c>, sequences at their key's indentation. The key order is the writer's.
/// One instance per thread: it keeps the state of the object being written.
/// </summary>
internal sealed class YamlSink : IObjectSink
{
    private readonly Utf8Buffer _output;
    private readonly ConvertedValues? _converted;
    private Frame[] _frames = new Frame[16];
    private int _depth;
    private int _entryStart;

    /// <param name="output">Where the YAML goes.</param>
    /// <param name="converted">For values of typed objects the serializer writes; null where only JSON trees are written.</param>
    public YamlSink(Utf8Buffer output, ConvertedValues? converted)
    {
        _output = output;
        _converted = converted;
    }

    // A mapping or sequence being written: where its items go, how many there are so far, and where it began
    // (an empty one is cut back to there and written as {} or []).
    private struct Frame
    {
        public bool IsMapping;
        public int Indent;
        public int Count;
        public int Start;
        public bool FirstInline;
    }

    /// <summary>
    /// True when every string value of the object was plain printable ASCII with no credential marker: the
    /// validator then has no string to look at (<see cref="StringValueChecks.IsPlainSafe(ReadOnlySpan{char})"/>).
    /// </summary>
    public bool OnlyPlainStrings { get; private set; }

    /// <summary>Starts a new object at the end of the output: the next call must be the root <see cref="BeginMapping"/>.</summary>
    public void Reset()
    {
        _depth = 0;
        OnlyPlainStrings = true;
    }

    public void BeginMapping()
    {
        if (_depth == 0)
        {
            Push(isMapping: true, indent: 0, firstInline: false, start: _output.Length);
            return;
        }

        ref var parent = ref _frames[_depth - 1];
        if (parent.IsMapping)
        {
            var start = _output.Length;
            _output.Append((byte)'\n');
            Push(isMapping: true, parent.Indent + 2, firstInline: false, start);
        }
        else
        {
            var indent = parent.Indent + 2;
            StartItem(ref parent);
            Push(isMapping: true, indent, firstInline: true, _output.Length);
        }
    }

    public void EndMapping() => End("{}"u8);

    public void BeginSequence()
    {
        if (_depth == 0)
        {
            throw new InvalidOperationException("A Kubernetes object must be a mapping.");
        }

        ref var parent = ref _frames[_depth - 1];
        if (parent.IsMapping)
        {
            // "key:" then the items at the key's own indentation, as kubectl and kustomize write them.
            var start = _output.Length;
            _output.Append((byte)'\n');
            Push(isMapping: false, parent.Indent, firstInline: false, start);
        }
        else
        {
            var indent = parent.Indent + 2;
            StartItem(ref parent);
            Push(isMapping: false, indent, firstInline: true, _output.Length);
        }
    }

    public void EndSequence() => End("[]"u8);

    public void Key(ReadOnlySpan<byte> utf8Name)
    {
        StartEntry();
        YamlScalar.Append(_output, utf8Name);
        _output.Append((byte)':');
    }

    public void Key(string name)
    {
        StartEntry();
        YamlScalar.Append(_output, name.AsSpan());
        _output.Append((byte)':');
    }

    public void String(string value)
    {
        OnlyPlainStrings = OnlyPlainStrings && StringValueChecks.IsPlainSafe(value.AsSpan());
        StartScalar();
        YamlScalar.Append(_output, value.AsSpan());
        _output.Append((byte)'\n');
    }

    public void Utf8String(ReadOnlySpan<byte> value)
    {
        OnlyPlainStrings = OnlyPlainStrings && StringValueChecks.IsPlainSafe(value);
        StartScalar();
        YamlScalar.Append(_output, value);
        _output.Append((byte)'\n');
    }

    public void Number(long value)
    {
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(value, digits, out var written);
        Raw(digits[..written]);
    }

    public void Number(ulong value)
    {
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(value, digits, out var written);
        Raw(digits[..written]);
    }

    public void Number(double value) => Raw(Converter.NumberText(value));

    /// <summary>A number as a JSON document holds it: written as it stands.</summary>
    public void RawNumber(ReadOnlySpan<byte> jsonNumber) => Raw(jsonNumber);

    public void Boolean(bool value) => Raw(value ? "true"u8 : "false"u8);

    public void Null()
    {
        ref var parent = ref _frames[_depth - 1];
        if (parent.IsMapping)
        {
            // A null map value is left out, key and all.
            _output.Truncate(_entryStart);
            parent.Count--;
        }
        else
        {
            StartItem(ref parent);
            _output.Append("null\n"u8);
        }
    }

    public void Converted(object value, Type declaredType)
    {
        if (ConvertedValues.TryWriteDirectly(value, this))
        {
            return;
        }

        using var document = Converter.ToJson(value, declaredType);
        YamlEmitter.Write(this, document.RootElement);
    }

    private ConvertedValues Converter =>
        _converted ?? throw new InvalidOperationException("This sink writes JSON trees only: give it a ConvertedValues for typed objects.");

    private void Raw(ReadOnlySpan<byte> scalar)
    {
        StartScalar();
        _output.Append(scalar);
        _output.Append((byte)'\n');
    }

    private void StartEntry()
    {
        ref var map = ref _frames[_depth - 1];
        _entryStart = _output.Length;
        if (!(map.Count == 0 && map.FirstInline))
        {
            _output.AppendSpaces(map.Indent);
        }

        map.Count++;
    }

    private void StartScalar()
    {
        ref var parent = ref _frames[_depth - 1];
        if (parent.IsMapping)
        {
            _output.Append((byte)' ');
        }
        else
        {
            StartItem(ref parent);
        }
    }

    private void StartItem(ref Frame sequence)
    {
        if (!(sequence.Count == 0 && sequence.FirstInline))
        {
            _output.AppendSpaces(sequence.Indent);
        }

        sequence.Count++;
        _output.Append("- "u8);
    }

    private void Push(bool isMapping, int indent, bool firstInline, int start)
    {
        if (_depth == _frames.Length)
        {
            Array.Resize(ref _frames, _depth * 2);
        }

        _frames[_depth++] = new Frame { IsMapping = isMapping, Indent = indent, FirstInline = firstInline, Start = start };
    }

    private void End(ReadOnlySpan<byte> empty)
    {
        var frame = _frames[--_depth];
        if (frame.Count > 0 || _depth == 0)
        {
            return;
        }

        // Nothing was written into it: back to where it began, and the empty form after the key or dash.
        _output.Truncate(frame.Start);
        if (_frames[_depth - 1].IsMapping)
        {
            _output.Append((byte)' ');
        }

        _output.Append(empty);
        _output.Append((byte)'\n');
    }
}
