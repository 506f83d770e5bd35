using Manifests.Generator.Helpers;
using Manifests.Generator.Model;

namespace Manifests.Generator.Writers;

/// <summary>Everything the emitter needs for one <c>[ObjectWriters]</c> class: plain values, no symbols.</summary>
/// <param name="Namespace">The class's namespace, or null in the global namespace.</param>
/// <param name="ClassName">The class's name.</param>
/// <param name="Roots">The attribute's types, in attribute order: what <c>TryWrite</c> accepts.</param>
/// <param name="ObjectWriters">One method per object type and key order, in discovery order.</param>
/// <param name="EnumWriters">One method per enum written by name.</param>
/// <param name="Diagnostics">Problems to report; when the class itself is unusable nothing is emitted.</param>
/// <param name="CanEmit">False when the class is not a top-level static partial class.</param>
internal sealed record ObjectWritersSpec(
    string? Namespace,
    string ClassName,
    EquatableArray<RootWriterSpec> Roots,
    EquatableArray<ObjectWriterSpec> ObjectWriters,
    EquatableArray<EnumWriterSpec> EnumWriters,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool CanEmit);

/// <summary>A type <c>TryWrite</c> accepts by exact runtime type.</summary>
/// <param name="TypeName">The type, fully qualified with <c>global::</c>.</param>
/// <param name="WriterName">The method that writes it with the root key order.</param>
internal sealed record RootWriterSpec(string TypeName, string WriterName);

/// <summary>The method that writes one object type as a mapping.</summary>
/// <param name="WriterName">The method's name, unique in the class.</param>
/// <param name="TypeName">The type, fully qualified with <c>global::</c>.</param>
/// <param name="Properties">The serialized properties in output order.</param>
internal sealed record ObjectWriterSpec(string WriterName, string TypeName, EquatableArray<PropertyWriteSpec> Properties);

/// <summary>One serialized property (or <c>[JsonInclude]</c> field) of an object type.</summary>
/// <param name="MemberName">The C# member name, escaped with <c>@</c> if it is a keyword.</param>
/// <param name="JsonName">The key it is written under.</param>
/// <param name="LocalName">The name of the local that holds its value in the writer, unique in the method.</param>
/// <param name="MayBeNull">Whether the declared type is a reference type or <c>Nullable&lt;T&gt;</c>.</param>
/// <param name="Presence">When the property is written at all.</param>
/// <param name="Value">How its (non-null) value is written.</param>
internal sealed record PropertyWriteSpec(
    string MemberName,
    string JsonName,
    string LocalName,
    bool MayBeNull,
    PropertyPresence Presence,
    ValueSpec Value);

/// <summary>When a property's key is written, from the render's options and the property's <c>[JsonIgnore]</c>.</summary>
internal enum PropertyPresence
{
    /// <summary>Unless the value is null (the render's <c>WhenWritingNull</c>); always for non-nullable value types.</summary>
    UnlessNull,

    /// <summary><c>[JsonIgnore(Condition = Never)]</c>: a null value is written as null.</summary>
    Always,

    /// <summary><c>[JsonIgnore(Condition = WhenWritingDefault)]</c> on a value type: skipped when it equals <c>default</c>.</summary>
    UnlessDefault,
}

/// <summary>How a value is handed to the sink.</summary>
internal enum ValueKind
{
    /// <summary><c>sink.String(v)</c>.</summary>
    String,

    /// <summary><c>sink.Boolean(v)</c>.</summary>
    Boolean,

    /// <summary><c>sink.Number((long)v)</c>: integers up to <c>long</c>, and enums written as numbers.</summary>
    Integer,

    /// <summary><c>sink.Number((ulong)v)</c>: <c>ulong</c>, and enums with that underlying type.</summary>
    UnsignedInteger,

    /// <summary><c>sink.Number(v)</c>: <c>double</c>.</summary>
    Double,

    /// <summary>An enum written by name through its <see cref="EnumWriterSpec"/>.</summary>
    NamedEnum,

    /// <summary><c>sink.Converted(v, typeof(T))</c>: System.Text.Json writes it.</summary>
    Converted,

    /// <summary>Each item in turn, between <c>BeginSequence</c> and <c>EndSequence</c>.</summary>
    Sequence,

    /// <summary>A dictionary with string keys, written in ordinal key order.</summary>
    Map,

    /// <summary>An object type through its <see cref="ObjectWriterSpec"/>.</summary>
    Object,
}

/// <summary>How a sequence is walked.</summary>
internal enum SequenceAccess
{
    /// <summary><c>foreach</c> over the declared type.</summary>
    Enumerate,

    /// <summary>An indexed <c>for</c> over <c>Count</c> (<c>IList&lt;T&gt;</c>, <c>List&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>).</summary>
    IndexCount,

    /// <summary>An indexed <c>for</c> over <c>Length</c> (arrays).</summary>
    IndexLength,
}

/// <summary>How one value of a declared type is written; recursive for sequences and maps.</summary>
/// <param name="Kind">Which sink calls write it.</param>
/// <param name="TypeName">The declared type without <c>Nullable&lt;T&gt;</c> or nullable annotations, fully qualified.</param>
/// <param name="WriterName">The generated method for <see cref="ValueKind.Object"/> and <see cref="ValueKind.NamedEnum"/>.</param>
/// <param name="Item">The item or map value, for <see cref="ValueKind.Sequence"/> and <see cref="ValueKind.Map"/>.</param>
/// <param name="ItemMayBeNull">Whether an item or map value can be null (written as <c>sink.Null()</c>).</param>
/// <param name="Sequence">How a sequence is walked.</param>
/// <param name="MapInterface">
/// For a <see cref="ValueKind.Map"/> whose declared type is a class (<c>Dictionary&lt;string, V&gt;</c>): the
/// <c>IDictionary&lt;string, V&gt;</c> or <c>IReadOnlyDictionary&lt;string, V&gt;</c> it is read through, fully
/// qualified; null when the declared type is that interface.
/// </param>
/// <param name="IsReadOnlyMap">Whether the map is read as an <c>IReadOnlyDictionary</c>.</param>
internal sealed record ValueSpec(
    ValueKind Kind,
    string TypeName,
    string? WriterName = null,
    ValueSpec? Item = null,
    bool ItemMayBeNull = false,
    SequenceAccess Sequence = SequenceAccess.Enumerate,
    string? MapInterface = null,
    bool IsReadOnlyMap = false);

/// <summary>The method that writes an enum by member name, with a number for a value no member has.</summary>
/// <param name="WriterName">The method's name, unique in the class.</param>
/// <param name="TypeName">The enum, fully qualified with <c>global::</c>.</param>
/// <param name="IsUnsigned">Whether the underlying type is <c>ulong</c>.</param>
/// <param name="Members">Each member with the name it is written as, in declaration order.</param>
internal sealed record EnumWriterSpec(string WriterName, string TypeName, bool IsUnsigned, EquatableArray<EnumMemberSpec> Members);

/// <summary>One enum member.</summary>
/// <param name="MemberName">The C# member name, escaped with <c>@</c> if it is a keyword.</param>
/// <param name="JsonName">Its <c>[JsonStringEnumMemberName]</c>, or the member name.</param>
internal sealed record EnumMemberSpec(string MemberName, string JsonName);

/// <summary>The text the emitter produced and the problems to report.</summary>
/// <param name="HintName">The generated file's name, or null when nothing is emitted.</param>
/// <param name="Text">The C# text.</param>
/// <param name="Diagnostics">The problems found while parsing.</param>
internal sealed record ObjectWritersOutput(string? HintName, string Text, EquatableArray<DiagnosticInfo> Diagnostics);
