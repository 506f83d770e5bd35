using Microsoft.CodeAnalysis;

namespace Manifests.Generator.Tests.Infrastructure;

/// <summary>Finds generated properties by their JSON names, as a serializer would.</summary>
internal static class GeneratedTypes
{
    public const string JsonPropertyNameAttribute = "System.Text.Json.Serialization.JsonPropertyNameAttribute";

    /// <summary>The property serialized as <paramref name="jsonName"/>, or null.</summary>
    public static IPropertySymbol? PropertyByJsonName(ITypeSymbol type, string jsonName) =>
        type.GetMembers().OfType<IPropertySymbol>().SingleOrDefault(p => JsonName(p) == jsonName);

    public static string? JsonName(IPropertySymbol property) =>
        property.GetAttributes().SingleOrDefault(a => a.AttributeClass?.ToDisplayString() == JsonPropertyNameAttribute)
            ?.ConstructorArguments[0].Value as string;

    /// <summary>Follows <c>a.b[].c{}</c> through property types, list elements and dictionary values.</summary>
    public static IPropertySymbol At(Compilation compilation, string typeName, string path)
    {
        ITypeSymbol type = compilation.GetTypeByMetadataName(typeName) ?? throw new InvalidOperationException(typeName + " not generated");
        IPropertySymbol? property = null;
        foreach (string step in path.Split('.'))
        {
            string name = step.TrimEnd('[', ']', '{', '}');
            property = PropertyByJsonName(type, name) ?? throw new InvalidOperationException($"{type.Name} has no '{name}'");
            type = property.Type;
            foreach (char _ in step[name.Length..].Where(c => c is '[' or '{'))
            {
                type = ((INamedTypeSymbol)type).TypeArguments.Last();
            }
        }

        return property!;
    }

    public static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier));
}
