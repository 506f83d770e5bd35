using System;
using System.Collections.Generic;
using System.Globalization;
using Manifests.Generator.Helpers;
using Microsoft.CodeAnalysis;

namespace Manifests.Generator.Writers;

/// <summary>How a value of a declared type is written: System.Text.Json's converter choice, made at compile time.</summary>
internal sealed partial class ObjectWriterParser
{
    // A local declared as IDictionary<string, object?> must say '?' where the property's type does, or CS8619.
    private static readonly SymbolDisplayFormat FullyQualifiedWithNullability =
        SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>
    /// Decides how a value declared as <paramref name="declared"/> is written, as System.Text.Json would pick its
    /// converter from the declared type (a property's <c>[JsonConverter]</c> first, then the type's, then the
    /// built-in ones). What it cannot reproduce exactly goes to <see cref="ValueKind.Converted"/>.
    /// </summary>
    /// <param name="createWriters">False to only ask (the roots' check): no writer is queued.</param>
    private ValueSpec Classify(ITypeSymbol declared, ISymbol? member, KeyOrder objectOrder, bool createWriters)
    {
        ITypeSymbol type = declared.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
            ? ((INamedTypeSymbol)declared).TypeArguments[0]
            : declared;
        string typeName = TypeName(type);

        if (member is not null && FindConverter(member) is { } memberConverter)
        {
            if (symbols.IsStringEnumConverter(ConverterType(memberConverter)) && NamedEnumMembers(type) is { } members)
            {
                return new ValueSpec(ValueKind.NamedEnum, typeName, createWriters ? EnumWriterFor((INamedTypeSymbol)type, members) : null);
            }

            // Converted(v, typeof(T)) would use the type's converter, not the member's: the output would differ.
            Report(
                DiagnosticDescriptors.UnsupportedMember,
                member.ContainingType.ToDisplayString() + "." + member.Name,
                "[JsonConverter] on the member (only JsonStringEnumConverter on a non-[Flags] enum is supported there; put other converters on the type)");
            return new ValueSpec(ValueKind.Converted, typeName);
        }

        if (FindConverter(type) is { } typeConverter)
        {
            return symbols.IsStringEnumConverter(ConverterType(typeConverter)) && NamedEnumMembers(type) is { } members
                ? new ValueSpec(ValueKind.NamedEnum, typeName, createWriters ? EnumWriterFor((INamedTypeSymbol)type, members) : null)
                : new ValueSpec(ValueKind.Converted, typeName);
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return new ValueSpec(ValueKind.String, typeName);
            case SpecialType.System_Boolean:
                return new ValueSpec(ValueKind.Boolean, typeName);
            case SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64:
                return new ValueSpec(ValueKind.Integer, typeName);
            case SpecialType.System_UInt64:
                return new ValueSpec(ValueKind.UnsignedInteger, typeName);
            case SpecialType.System_Double:
                return new ValueSpec(ValueKind.Double, typeName);
            case not SpecialType.None:
                // float (its shortest round-trip text differs from the double's), decimal, char, object, DateTime, nint ...
                return new ValueSpec(ValueKind.Converted, typeName);
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying })
        {
            return new ValueSpec(underlying.SpecialType == SpecialType.System_UInt64 ? ValueKind.UnsignedInteger : ValueKind.Integer, typeName);
        }

        if (type is IArrayTypeSymbol array)
        {
            // byte[] is base64; multi-dimensional arrays are not supported by System.Text.Json (it reports that itself).
            return array.Rank == 1 && array.ElementType.SpecialType != SpecialType.System_Byte
                ? SequenceOf(typeName, array.ElementType, SequenceAccess.IndexLength, createWriters)
                : new ValueSpec(ValueKind.Converted, typeName);
        }

        // JsonNode (a JsonArray is also a list), JsonElement, JsonDocument: System.Text.Json's own types.
        if (type is not INamedTypeSymbol named || IsInNamespace(type, "System.Text.Json"))
        {
            return new ValueSpec(ValueKind.Converted, typeName);
        }

        if (MapOf(named, typeName, createWriters) is { } map)
        {
            return map;
        }

        if (SingleConstruction(named, symbols.Enumerable) is { } enumerable)
        {
            INamedTypeSymbol definition = named.OriginalDefinition;
            bool indexed = SymbolEqualityComparer.Default.Equals(definition, symbols.List)
                || SymbolEqualityComparer.Default.Equals(definition, symbols.ListInterface)
                || SymbolEqualityComparer.Default.Equals(definition, symbols.ReadOnlyList);
            return SequenceOf(typeName, enumerable.TypeArguments[0], indexed ? SequenceAccess.IndexCount : SequenceAccess.Enumerate, createWriters);
        }

        // Non-generic collections, the rest of the base library (Guid, Uri, TimeSpan, KeyValuePair, tuples ...),
        // polymorphic hierarchies (a discriminator), interfaces and delegates: the serializer writes them.
        if (IsNonGenericCollection(named) || IsInNamespace(type, "System")
            || JsonContractSymbols.Find(named, symbols.JsonPolymorphic) is not null || JsonContractSymbols.Find(named, symbols.JsonDerivedType) is not null
            || named.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return new ValueSpec(ValueKind.Converted, typeName);
        }

        return new ValueSpec(ValueKind.Object, typeName, createWriters ? WriterFor(named, objectOrder) : null);
    }

    private ValueSpec SequenceOf(string typeName, ITypeSymbol item, SequenceAccess access, bool createWriters) => new(
        ValueKind.Sequence,
        typeName,
        Item: Classify(item, member: null, KeyOrder.Ordinal, createWriters),
        ItemMayBeNull: MayBeNull(item),
        Sequence: access);

    /// <summary>A dictionary: string keys become a mapping, other keys are the serializer's to write.</summary>
    private ValueSpec? MapOf(INamedTypeSymbol type, string typeName, bool createWriters)
    {
        bool readOnly = false;
        INamedTypeSymbol? map = SingleConstruction(type, symbols.Dictionary);
        if (map is null)
        {
            map = SingleConstruction(type, symbols.ReadOnlyDictionary);
            readOnly = true;
        }

        if (map is null)
        {
            return null;
        }

        if (map.TypeArguments[0].SpecialType != SpecialType.System_String)
        {
            return new ValueSpec(ValueKind.Converted, typeName);
        }

        ITypeSymbol value = map.TypeArguments[1];
        return new ValueSpec(
            ValueKind.Map,
            typeName,
            Item: Classify(value, member: null, KeyOrder.Ordinal, createWriters),
            ItemMayBeNull: MayBeNull(value),
            MapInterface: SymbolEqualityComparer.Default.Equals(type, map) ? null : map.ToDisplayString(FullyQualifiedWithNullability),
            IsReadOnlyMap: readOnly);
    }

    /// <summary>
    /// The enum's members as written by <c>JsonStringEnumConverter</c>, or null when a switch over them cannot say
    /// the same: not an enum, <c>[Flags]</c> (combinations are written as lists of names), or two members with one value.
    /// </summary>
    private EquatableArray<EnumMemberSpec>? NamedEnumMembers(ITypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Enum || JsonContractSymbols.Find(type, symbols.Flags) is not null)
        {
            return null;
        }

        var members = new List<EnumMemberSpec>();
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (ISymbol symbol in type.GetMembers())
        {
            if (symbol is IFieldSymbol { HasConstantValue: true } field)
            {
                if (!values.Add(Convert.ToString(field.ConstantValue, CultureInfo.InvariantCulture) ?? ""))
                {
                    return null;
                }

                string jsonName = JsonContractSymbols.Find(field, symbols.JsonStringEnumMemberName)?.ConstructorArguments is [{ Value: string name }]
                    ? name
                    : field.Name;
                members.Add(new EnumMemberSpec(EscapeKeyword(field.Name), jsonName));
            }
        }

        return new EquatableArray<EnumMemberSpec>(members.ToArray());
    }

    private string EnumWriterFor(INamedTypeSymbol type, EquatableArray<EnumMemberSpec> members)
    {
        var key = new WriterKey(type, KeyOrder.Ordinal);
        if (writerNames.TryGetValue(key, out string? name))
        {
            return name;
        }

        name = UniqueWriterName("Write_", type);
        writerNames.Add(key, name);
        bool unsigned = type.EnumUnderlyingType?.SpecialType == SpecialType.System_UInt64;
        enumWriters.Add(new EnumWriterSpec(name, TypeName(type), unsigned, members));
        return name;
    }

    /// <summary>A <c>[JsonConverter]</c> (or an attribute derived from it) on <paramref name="symbol"/> itself.</summary>
    private AttributeData? FindConverter(ISymbol symbol)
    {
        if (symbols.JsonConverter is null)
        {
            return null;
        }

        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            for (INamedTypeSymbol? type = attribute.AttributeClass; type is not null; type = type.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(type, symbols.JsonConverter))
                {
                    return attribute;
                }
            }
        }

        return null;
    }

    private static ITypeSymbol? ConverterType(AttributeData converter) =>
        converter.ConstructorArguments is [{ Value: ITypeSymbol type }] ? type : null;

    /// <summary>The one construction of <paramref name="definition"/> that <paramref name="type"/> is or implements, or null (none, or ambiguous).</summary>
    private static INamedTypeSymbol? SingleConstruction(INamedTypeSymbol type, INamedTypeSymbol? definition)
    {
        if (definition is null)
        {
            return null;
        }

        if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, definition))
        {
            return type;
        }

        INamedTypeSymbol? found = null;
        foreach (INamedTypeSymbol candidate in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, definition))
            {
                if (found is not null)
                {
                    return null;
                }

                found = candidate;
            }
        }

        return found;
    }

    private static bool IsNonGenericCollection(INamedTypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_Collections_IEnumerable)
        {
            return true;
        }

        foreach (INamedTypeSymbol candidate in type.AllInterfaces)
        {
            if (candidate.SpecialType == SpecialType.System_Collections_IEnumerable)
            {
                return true;
            }
        }

        return false;
    }

    private static bool MayBeNull(ITypeSymbol type) =>
        type.IsReferenceType || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

    private static bool IsInNamespace(ITypeSymbol type, string ns)
    {
        string? containing = type.ContainingNamespace?.ToDisplayString();
        return containing is not null && (containing == ns || containing.StartsWith(ns + ".", StringComparison.Ordinal));
    }
}
