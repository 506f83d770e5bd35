namespace Manifests.Render.Emit;

/// <summary>
/// On a <c>static partial class</c>: the source generator (generator/Writers) adds a <c>TryWrite(object, IObjectSink)</c>
/// that writes any of <paramref name="roots"/> (by exact runtime type) and every type reachable from them through
/// their public properties, with System.Text.Json's contract (names, ignore rules, converters) and the render's key
/// order. No reflection and no serializer metadata at run time.
/// </summary>
/// <param name="roots">The kinds the render emits as whole objects.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class ObjectWritersAttribute(params Type[] roots) : Attribute
{
    /// <summary>The kinds written as whole objects (top-level key order, metadata key order).</summary>
    public Type[] Roots { get; } = roots;
}
