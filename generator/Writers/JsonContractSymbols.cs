using Microsoft.CodeAnalysis;

namespace Manifests.Generator.Writers;

/// <summary>
/// The System.Text.Json attributes and collection interfaces the contract depends on, looked up once per parse (as
/// System.Text.Json's generator keeps its <c>KnownTypeSymbols</c>). Any of them may be missing from a compilation.
/// </summary>
internal sealed class JsonContractSymbols
{
    private const string Serialization = "System.Text.Json.Serialization.";

    public JsonContractSymbols(Compilation compilation)
    {
        JsonIgnore = compilation.GetTypeByMetadataName(Serialization + "JsonIgnoreAttribute");
        JsonPropertyName = compilation.GetTypeByMetadataName(Serialization + "JsonPropertyNameAttribute");
        JsonInclude = compilation.GetTypeByMetadataName(Serialization + "JsonIncludeAttribute");
        JsonConverter = compilation.GetTypeByMetadataName(Serialization + "JsonConverterAttribute");
        JsonExtensionData = compilation.GetTypeByMetadataName(Serialization + "JsonExtensionDataAttribute");
        JsonNumberHandling = compilation.GetTypeByMetadataName(Serialization + "JsonNumberHandlingAttribute");
        JsonPolymorphic = compilation.GetTypeByMetadataName(Serialization + "JsonPolymorphicAttribute");
        JsonDerivedType = compilation.GetTypeByMetadataName(Serialization + "JsonDerivedTypeAttribute");
        JsonStringEnumConverter = compilation.GetTypeByMetadataName(Serialization + "JsonStringEnumConverter");
        JsonStringEnumConverterOfT = compilation.GetTypeByMetadataName(Serialization + "JsonStringEnumConverter`1");
        JsonStringEnumMemberName = compilation.GetTypeByMetadataName(Serialization + "JsonStringEnumMemberNameAttribute");
        Flags = compilation.GetTypeByMetadataName("System.FlagsAttribute");
        Dictionary = compilation.GetTypeByMetadataName("System.Collections.Generic.IDictionary`2");
        ReadOnlyDictionary = compilation.GetTypeByMetadataName("System.Collections.Generic.IReadOnlyDictionary`2");
        Enumerable = compilation.GetTypeByMetadataName("System.Collections.Generic.IEnumerable`1");
        List = compilation.GetTypeByMetadataName("System.Collections.Generic.List`1");
        ListInterface = compilation.GetTypeByMetadataName("System.Collections.Generic.IList`1");
        ReadOnlyList = compilation.GetTypeByMetadataName("System.Collections.Generic.IReadOnlyList`1");
    }

    public INamedTypeSymbol? JsonIgnore { get; }

    public INamedTypeSymbol? JsonPropertyName { get; }

    public INamedTypeSymbol? JsonInclude { get; }

    public INamedTypeSymbol? JsonConverter { get; }

    public INamedTypeSymbol? JsonExtensionData { get; }

    public INamedTypeSymbol? JsonNumberHandling { get; }

    public INamedTypeSymbol? JsonPolymorphic { get; }

    public INamedTypeSymbol? JsonDerivedType { get; }

    public INamedTypeSymbol? JsonStringEnumConverter { get; }

    public INamedTypeSymbol? JsonStringEnumConverterOfT { get; }

    public INamedTypeSymbol? JsonStringEnumMemberName { get; }

    public INamedTypeSymbol? Flags { get; }

    public INamedTypeSymbol? Dictionary { get; }

    public INamedTypeSymbol? ReadOnlyDictionary { get; }

    public INamedTypeSymbol? Enumerable { get; }

    public INamedTypeSymbol? List { get; }

    public INamedTypeSymbol? ListInterface { get; }

    public INamedTypeSymbol? ReadOnlyList { get; }

    /// <summary>Whether <paramref name="converterType"/> is <c>JsonStringEnumConverter</c> or <c>JsonStringEnumConverter&lt;E&gt;</c>.</summary>
    public bool IsStringEnumConverter(ITypeSymbol? converterType) =>
        converterType is INamedTypeSymbol named
        && (SymbolEqualityComparer.Default.Equals(named, JsonStringEnumConverter)
            || SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, JsonStringEnumConverterOfT));

    /// <summary>The attribute of class <paramref name="attributeClass"/> on <paramref name="symbol"/> itself, or null.</summary>
    public static AttributeData? Find(ISymbol symbol, INamedTypeSymbol? attributeClass)
    {
        if (attributeClass is null)
        {
            return null;
        }

        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeClass))
            {
                return attribute;
            }
        }

        return null;
    }
}
