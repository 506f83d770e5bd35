using System.Reflection;
using System.Runtime.CompilerServices;
using Manifests.Model;

namespace Manifests.Render.Check;

/// <summary>How <see cref="DeclaredText"/> walks a value of one run-time type.</summary>
internal enum ShapeKind
{
    /// <summary>A value type (a location, an enum, a number): boxed, it never holds text.</summary>
    Skip,

    /// <summary>A <see cref="Dictionary{TKey, TValue}"/> of strings, the model's maps: read without boxing its entries.</summary>
    StringMap,

    /// <summary>Any other <see cref="System.Collections.IDictionary"/>: keys, then values.</summary>
    Map,

    /// <summary>A list of references (<see cref="IReadOnlyList{T}"/> of a reference type): items by index.</summary>
    List,

    /// <summary>Any other sequence: items as enumerated.</summary>
    Sequence,

    /// <summary>A record of the model: its properties.</summary>
    Record,

    /// <summary>Anything else: not walked.</summary>
    Opaque,
}

/// <summary>
/// What <see cref="DeclaredText"/> knows of one run-time type, worked out once: how to walk it, and for a record
/// of the model its <c>Source</c> and every public instance property that can hold text, in reflection's order,
/// each with a getter delegate.
/// </summary>
internal sealed class TypeShape
{
    // Weak keys: a topology loaded into a collectible context (its collection types included) can still be unloaded.
    private static readonly ConditionalWeakTable<Type, TypeShape> Shapes = new();

    private readonly SourceRead? _source;

    private TypeShape(ShapeKind kind, SourceRead? source = null, PropertyRead[]? properties = null)
    {
        Kind = kind;
        _source = source;
        Properties = properties ?? [];
    }

    /// <summary>How values of the type are walked.</summary>
    public ShapeKind Kind { get; }

    /// <summary>A record's properties to walk. Value-typed ones are left out: boxed, a number, enum or location never holds text.</summary>
    public PropertyRead[] Properties { get; }

    /// <summary>The shape of <paramref name="type"/>, made on first use.</summary>
    public static TypeShape For(Type type) => Shapes.GetValue(type, Create);

    /// <summary>Where <paramref name="record"/> was declared, when its type has a <c>Source</c> location.</summary>
    public SourceLocation? SourceOf(object record) => _source?.Read(record);

    // The same tests, in the same order, as a type switch on the value would make.
    private static TypeShape Create(Type type)
    {
        if (type.IsValueType)
        {
            return new TypeShape(ShapeKind.Skip);
        }

        if (type == typeof(Dictionary<string, string>))
        {
            return new TypeShape(ShapeKind.StringMap);
        }

        if (typeof(System.Collections.IDictionary).IsAssignableFrom(type))
        {
            return new TypeShape(ShapeKind.Map);
        }

        if (typeof(IReadOnlyList<object>).IsAssignableFrom(type))
        {
            return new TypeShape(ShapeKind.List);
        }

        if (typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
        {
            return new TypeShape(ShapeKind.Sequence);
        }

        if (type.Namespace != typeof(Mesh).Namespace)
        {
            return new TypeShape(ShapeKind.Opaque);
        }

        var getters = RecordGetters.For(type);
        var source = type.GetProperty("Source") is { } sourceProperty ? SourceRead.For(getters, sourceProperty) : null;
        var properties = new List<PropertyRead>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length != 0 || property.Name == "EqualityContract")
            {
                continue;
            }

            if (property.GetMethod is not null && property.PropertyType.IsValueType)
            {
                continue;
            }

            properties.Add(PropertyRead.For(getters, property));
        }

        return new TypeShape(ShapeKind.Record, source, [.. properties]);
    }
}

/// <summary>Reads one property of a record.</summary>
internal abstract class PropertyRead(string name)
{
    /// <summary>The property name, the path segment after a dot.</summary>
    public string Name { get; } = name;

    /// <summary>The value of the property on <paramref name="record"/>.</summary>
    public abstract object? Read(object record);

    /// <summary>A reader for <paramref name="property"/>: a delegate to its getter where one can be made, else reflection.</summary>
    public static PropertyRead For(RecordGetters getters, PropertyInfo property)
    {
        var getter = property.GetMethod;
        if (getter is null || getter.IsStatic || property.PropertyType.IsValueType || property.PropertyType.IsByRef || property.PropertyType.IsPointer)
        {
            return new Reflected(property);
        }

        return getters.Property(property.Name, getter);
    }

    private sealed class Reflected(PropertyInfo property) : PropertyRead(property.Name)
    {
        public override object? Read(object record) => property.GetValue(record);
    }
}

/// <summary>Reads a record's <c>Source</c>.</summary>
internal abstract class SourceRead
{
    /// <summary>The location, or null when the property holds something else.</summary>
    public abstract SourceLocation? Read(object record);

    /// <summary>A reader for <paramref name="property"/>: typed, without boxing, when it is a <see cref="SourceLocation"/> property.</summary>
    public static SourceRead For(RecordGetters getters, PropertyInfo property)
    {
        var getter = property.GetMethod;
        if (getter is null || getter.IsStatic || property.PropertyType != typeof(SourceLocation))
        {
            return new Reflected(property);
        }

        return getters.Source(getter);
    }

    private sealed class Reflected(PropertyInfo property) : SourceRead
    {
        public override SourceLocation? Read(object record) => property.GetValue(record) as SourceLocation?;
    }
}

/// <summary>
/// Makes delegates to the getters of one record type. One generic instantiation per type, made once (with
/// no constructor arguments, so reflection emits nothing); each reader after that is a plain call.
/// </summary>
internal abstract class RecordGetters
{
    /// <summary>The getter factory of <paramref name="record"/>, a class.</summary>
    public static RecordGetters For(Type record) => (RecordGetters)Activator.CreateInstance(typeof(Of<>).MakeGenericType(record))!;

    /// <summary>A reader calling <paramref name="getter"/>, whose property is of a reference type.</summary>
    public abstract PropertyRead Property(string name, MethodInfo getter);

    /// <summary>A reader calling <paramref name="getter"/>, which returns a <see cref="SourceLocation"/>.</summary>
    public abstract SourceRead Source(MethodInfo getter);

    private sealed class Of<TRecord> : RecordGetters
        where TRecord : class
    {
        // A getter of any reference type binds to a delegate returning object: one instantiation per record, not per property.
        public override PropertyRead Property(string name, MethodInfo getter) => new PropertyReader(name, getter.CreateDelegate<Func<TRecord, object?>>());

        public override SourceRead Source(MethodInfo getter) => new SourceReader(getter.CreateDelegate<Func<TRecord, SourceLocation>>());

        // A shape's readers are only ever asked about values of its own type.
        private sealed class PropertyReader(string name, Func<TRecord, object?> get) : PropertyRead(name)
        {
            public override object? Read(object record) => get(Unsafe.As<TRecord>(record));
        }

        private sealed class SourceReader(Func<TRecord, SourceLocation> get) : SourceRead
        {
            public override SourceLocation? Read(object record) => get(Unsafe.As<TRecord>(record));
        }
    }
}
