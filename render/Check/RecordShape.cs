using System.Reflection;
using System.Runtime.CompilerServices;
using Manifests.Model;

namespace Manifests.Render.Check;

/// <summary>
/// What <see cref="DeclaredText"/> reads of one type of the model: its <c>Source</c>, and every public instance
/// property that can hold text, in reflection's order, each with a getter delegate made once per type.
/// </summary>
internal sealed class RecordShape
{
    // Weak keys: a topology loaded into a collectible context can still be unloaded after its mesh was checked.
    private static readonly ConditionalWeakTable<Type, RecordShape> Shapes = new();

    private static readonly RecordShape NotModel = new(isModel: false, source: null, []);

    private readonly SourceRead? _source;

    private RecordShape(bool isModel, SourceRead? source, PropertyRead[] properties)
    {
        IsModel = isModel;
        _source = source;
        Properties = properties;
    }

    /// <summary>False for a type outside the model's namespace: its properties are not walked.</summary>
    public bool IsModel { get; }

    /// <summary>The properties to walk. Value-typed ones are left out: boxed, a number, enum or location never holds text.</summary>
    public PropertyRead[] Properties { get; }

    /// <summary>The shape of <paramref name="type"/>, made on first use.</summary>
    public static RecordShape For(Type type) => Shapes.GetValue(type, Create);

    /// <summary>Where <paramref name="record"/> was declared, when its type has a <c>Source</c> location.</summary>
    public SourceLocation? SourceOf(object record) => _source?.Read(record);

    private static RecordShape Create(Type type)
    {
        if (type.Namespace != typeof(Mesh).Namespace)
        {
            return NotModel;
        }

        var source = type.GetProperty("Source") is { } sourceProperty ? SourceRead.For(type, sourceProperty) : null;
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

            properties.Add(PropertyRead.For(type, property));
        }

        return new RecordShape(isModel: true, source, [.. properties]);
    }
}

/// <summary>Reads one property of a record, by a delegate to its getter where it can be made, else by reflection.</summary>
internal abstract class PropertyRead(string name)
{
    /// <summary>The property name, the path segment after a dot.</summary>
    public string Name { get; } = name;

    /// <summary>The value of the property on <paramref name="record"/>.</summary>
    public abstract object? Read(object record);

    /// <summary>A reader for <paramref name="property"/> of records of type <paramref name="type"/>.</summary>
    public static PropertyRead For(Type type, PropertyInfo property)
    {
        var getter = property.GetMethod;
        if (getter is null || getter.IsStatic || type.IsValueType || property.PropertyType.IsValueType ||
            property.PropertyType.IsByRef || property.PropertyType.IsPointer)
        {
            return new Reflected(property);
        }

        var read = typeof(Typed<,>).MakeGenericType(type, property.PropertyType);
        return (PropertyRead)Activator.CreateInstance(read, property.Name, getter)!;
    }

    private sealed class Typed<TRecord, TValue>(string name, MethodInfo getter) : PropertyRead(name)
        where TRecord : class
        where TValue : class?
    {
        private readonly Func<TRecord, TValue> _get = getter.CreateDelegate<Func<TRecord, TValue>>();

        public override object? Read(object record) => _get((TRecord)record);
    }

    private sealed class Reflected(PropertyInfo property) : PropertyRead(property.Name)
    {
        public override object? Read(object record) => property.GetValue(record);
    }
}

/// <summary>Reads a record's <c>Source</c>: typed, without boxing, when it is a <see cref="SourceLocation"/> property.</summary>
internal abstract class SourceRead
{
    /// <summary>The location, or null when the property holds something else.</summary>
    public abstract SourceLocation? Read(object record);

    /// <summary>A reader for <paramref name="property"/> of records of type <paramref name="type"/>.</summary>
    public static SourceRead For(Type type, PropertyInfo property)
    {
        var getter = property.GetMethod;
        if (getter is null || getter.IsStatic || type.IsValueType || property.PropertyType != typeof(SourceLocation))
        {
            return new Reflected(property);
        }

        return (SourceRead)Activator.CreateInstance(typeof(Typed<>).MakeGenericType(type), getter)!;
    }

    private sealed class Typed<TRecord>(MethodInfo getter) : SourceRead
        where TRecord : class
    {
        private readonly Func<TRecord, SourceLocation> _get = getter.CreateDelegate<Func<TRecord, SourceLocation>>();

        public override SourceLocation? Read(object record) => _get((TRecord)record);
    }

    private sealed class Reflected(PropertyInfo property) : SourceRead
    {
        public override SourceLocation? Read(object record) => property.GetValue(record) as SourceLocation?;
    }
}
