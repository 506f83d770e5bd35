namespace Manifests.Render.Emit;

/// <summary>
/// Receives one object as a stream of values, in the order it is written out: the calls the writers generated for
/// <see cref="ObjectWritersAttribute"/> make. A sink turns them into YAML (<see cref="YamlSink"/>) or JSON
/// (<see cref="JsonSink"/>). Null properties are never passed; a null item of a sequence or value of a map is.
/// </summary>
internal interface IObjectSink
{
    /// <summary>A mapping begins: <see cref="Key(ReadOnlySpan{byte})"/> or <see cref="Key(string)"/> then a value, for each entry.</summary>
    void BeginMapping();

    /// <summary>The mapping begun last ends.</summary>
    void EndMapping();

    /// <summary>A sequence begins: one value for each item.</summary>
    void BeginSequence();

    /// <summary>The sequence begun last ends.</summary>
    void EndSequence();

    /// <summary>A property's name, as the generated code holds it: UTF-8, from the JSON contract.</summary>
    void Key(ReadOnlySpan<byte> utf8Name);

    /// <summary>A map entry's key.</summary>
    void Key(string name);

    /// <summary>A string value.</summary>
    void String(string value);

    /// <summary>A string value the generated code holds as UTF-8: the JSON name of an enum member.</summary>
    void Utf8String(ReadOnlySpan<byte> value);

    /// <summary>An integer value.</summary>
    void Number(long value);

    /// <summary>An unsigned integer value too large for <see cref="Number(long)"/>.</summary>
    void Number(ulong value);

    /// <summary>A floating-point value, written as System.Text.Json writes it.</summary>
    void Number(double value);

    /// <summary>A true or false value.</summary>
    void Boolean(bool value);

    /// <summary>A null item of a sequence, or a null value of a map.</summary>
    void Null();

    /// <summary>
    /// A value System.Text.Json writes for the sink (a type with its own converter such as <c>IntOrString</c>, a
    /// <c>JsonNode</c>, <c>byte[]</c>, <c>decimal</c>, <c>object</c>): what it writes is what the object holds.
    /// </summary>
    void Converted(object value, Type declaredType);
}
