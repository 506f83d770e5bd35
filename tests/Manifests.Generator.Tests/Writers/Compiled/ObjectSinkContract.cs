// The tests' copy of render/Emit/IObjectSink.cs and render/Emit/ObjectWritersAttribute.cs: same namespace and names,
// because the generator finds the attribute by its metadata name and the generated code calls this interface.
using System;

namespace Manifests.Render.Emit;

[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class ObjectWritersAttribute(params Type[] roots) : Attribute
{
    public Type[] Roots { get; } = roots;
}

internal interface IObjectSink
{
    void BeginMapping();

    void EndMapping();

    void BeginSequence();

    void EndSequence();

    void Key(ReadOnlySpan<byte> utf8Name);

    void Key(string name);

    void String(string value);

    void Utf8String(ReadOnlySpan<byte> value);

    void Number(long value);

    void Number(ulong value);

    void Number(double value);

    void Boolean(bool value);

    void Null();

    void Converted(object value, Type declaredType);
}
