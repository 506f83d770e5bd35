using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Manifests.Generator.Writers;

/// <summary>Which members of an object type are written, under which names, in which order.</summary>
internal sealed partial class ObjectWriterParser
{
    /// <summary>
    /// The serialized members of <paramref name="type"/> in output order: public instance properties with a public
    /// getter (a derived declaration hides the base one of the same name) and public <c>[JsonInclude]</c> fields.
    /// Sorted before their values are read, so the writers they need come out in document order.
    /// </summary>
    private List<PropertyWriteSpec> ReadProperties(INamedTypeSymbol type, KeyOrder order)
    {
        var members = new List<SerializedMember>();
        var seenMembers = new HashSet<string>(StringComparer.Ordinal);
        var ownerByJsonName = new Dictionary<string, string>(StringComparer.Ordinal);
        if (JsonContractSymbols.Find(type, symbols.JsonNumberHandling) is not null)
        {
            Report(DiagnosticDescriptors.UnsupportedMember, type.ToDisplayString(), "[JsonNumberHandling]");
        }

        for (INamedTypeSymbol? declaring = type; declaring is not null && declaring.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); declaring = declaring.BaseType)
        {
            foreach (ISymbol symbol in declaring.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (symbol.IsStatic || SerializedType(symbol) is not { } memberType || !seenMembers.Add(symbol.Name)
                    || ReadMember(symbol, memberType) is not { } member)
                {
                    continue;
                }

                string display = symbol.ContainingType.ToDisplayString() + "." + symbol.Name;
                if (ownerByJsonName.TryGetValue(member.JsonName, out string? owner))
                {
                    Report(DiagnosticDescriptors.DuplicateJsonName, owner, display, member.JsonName);
                    continue;
                }

                ownerByJsonName.Add(member.JsonName, display);
                members.Add(member);
            }
        }

        string[] first = order switch
        {
            KeyOrder.Root => RootKeysFirst,
            KeyOrder.RootMetadata => RootMetadataKeysFirst,
            _ => [],
        };
        members.Sort((left, right) =>
        {
            int leftRank = Array.IndexOf(first, left.JsonName) is var l and >= 0 ? l : first.Length;
            int rightRank = Array.IndexOf(first, right.JsonName) is var r and >= 0 ? r : first.Length;
            return leftRank != rightRank ? leftRank.CompareTo(rightRank) : string.CompareOrdinal(left.JsonName, right.JsonName);
        });

        var properties = new List<PropertyWriteSpec>(members.Count);
        var locals = new HashSet<string>(StringComparer.Ordinal);
        foreach (SerializedMember member in members)
        {
            // The root's metadata gets its own key order; the same type anywhere else keeps the ordinal one.
            KeyOrder objectOrder = order == KeyOrder.Root && member.JsonName == "metadata" ? KeyOrder.RootMetadata : KeyOrder.Ordinal;
            ValueSpec value = Classify(member.Type, member.Symbol, objectOrder, createWriters: true);
            properties.Add(new PropertyWriteSpec(
                EscapeKeyword(member.Symbol.Name), member.JsonName, LocalName(member.Symbol.Name, locals), MayBeNull(member.Type), member.Presence, value));
        }

        return properties;
    }

    /// <summary>The type of a member System.Text.Json could serialize, or null; reports <c>[JsonInclude]</c> on one it cannot read.</summary>
    private ITypeSymbol? SerializedType(ISymbol member)
    {
        bool included = JsonContractSymbols.Find(member, symbols.JsonInclude) is not null;
        (ITypeSymbol? type, bool readable) = member switch
        {
            IPropertySymbol { IsIndexer: false, ReturnsByRef: false, ReturnsByRefReadonly: false } property =>
                (property.Type, property.DeclaredAccessibility == Accessibility.Public && property.GetMethod is { DeclaredAccessibility: Accessibility.Public }),
            IFieldSymbol { IsConst: false } field when included => (field.Type, field.DeclaredAccessibility == Accessibility.Public),
            _ => (null, false),
        };
        if (type is null || type.IsRefLikeType || type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer)
        {
            return null;
        }

        if (!readable)
        {
            if (included)
            {
                Report(DiagnosticDescriptors.UnsupportedMember, member.ContainingType.ToDisplayString() + "." + member.Name, "[JsonInclude] on a member that is not public");
            }

            return null;
        }

        return type;
    }

    /// <summary>A member's JSON name and when it is written, or null when <c>[JsonIgnore]</c> or unsupported.</summary>
    private SerializedMember? ReadMember(ISymbol member, ITypeSymbol type)
    {
        AttributeData? ignore = JsonContractSymbols.Find(member, symbols.JsonIgnore);
        int condition = 1;
        if (ignore is not null)
        {
            foreach (KeyValuePair<string, TypedConstant> argument in ignore.NamedArguments)
            {
                if (argument.Key == "Condition" && argument.Value.Value is int named)
                {
                    condition = named;
                }
            }
        }

        // JsonIgnoreCondition: Never = 0, Always = 1, WhenWritingDefault = 2, WhenWritingNull = 3.
        if (ignore is not null && condition == 1)
        {
            return null;
        }

        string display = member.ContainingType.ToDisplayString() + "." + member.Name;
        if (JsonContractSymbols.Find(member, symbols.JsonExtensionData) is not null)
        {
            Report(DiagnosticDescriptors.UnsupportedMember, display, "[JsonExtensionData]");
            return null;
        }

        if (JsonContractSymbols.Find(member, symbols.JsonNumberHandling) is not null)
        {
            Report(DiagnosticDescriptors.UnsupportedMember, display, "[JsonNumberHandling]");
        }

        string jsonName = JsonContractSymbols.Find(member, symbols.JsonPropertyName)?.ConstructorArguments is [{ Value: string name }] ? name : member.Name;
        bool mayBeNull = MayBeNull(type);
        PropertyPresence presence = (ignore is not null, condition) switch
        {
            (true, 0) when mayBeNull => PropertyPresence.Always,
            (true, 2) when !mayBeNull => PropertyPresence.UnlessDefault,
            _ => PropertyPresence.UnlessNull,
        };
        return new SerializedMember(member, type, jsonName, presence);
    }

    /// <summary>A camelCase local for a member's value that is no keyword and clashes with no other name in the writer.</summary>
    private static string LocalName(string memberName, HashSet<string> locals)
    {
        string camel = memberName.TrimStart('_', '@');
        camel = camel.Length == 0 ? "member" : char.ToLowerInvariant(camel[0]) + camel.Substring(1);
        if (camel is "value" or "sink" || ObjectWriterEmitter.IsLoopLocal(camel) || SyntaxFacts.GetKeywordKind(camel) != SyntaxKind.None
            || SyntaxFacts.GetContextualKeywordKind(camel) != SyntaxKind.None)
        {
            camel += "Property";
        }

        string unique = camel;
        for (int i = 2; !locals.Add(unique); i++)
        {
            unique = camel + i;
        }

        return unique;
    }

    /// <summary>A member that is written, before its value is classified.</summary>
    private sealed class SerializedMember(ISymbol symbol, ITypeSymbol type, string jsonName, PropertyPresence presence)
    {
        public ISymbol Symbol { get; } = symbol;

        public ITypeSymbol Type { get; } = type;

        public string JsonName { get; } = jsonName;

        public PropertyPresence Presence { get; } = presence;
    }
}
