using Microsoft.CodeAnalysis;
using YamlDotNet.RepresentationModel;

namespace Manifests.Generator.Tests.Infrastructure;

/// <summary>
/// Walks an upstream OpenAPI schema beside a generated type and records every property that is missing or whose
/// C# type does not match the schema's type (Kubernetes' structural-schema rules, written out independently).
/// </summary>
internal sealed class SchemaConformance
{
    private static readonly HashSet<string> InterfaceMembers = ["apiVersion", "kind", "metadata"];

    public List<string> Problems { get; } = [];

    public int PropertiesChecked { get; private set; }

    public void Check(ITypeSymbol type, YamlMappingNode schema, string path, bool isRoot = false)
    {
        if (!schema.Children.TryGetValue(new YamlScalarNode("properties"), out YamlNode? properties))
        {
            return;
        }

        var required = UpstreamSchema.Required(schema).ToHashSet();
        foreach (var (key, value) in ((YamlMappingNode)properties).Children)
        {
            string jsonName = ((YamlScalarNode)key).Value!;
            if (isRoot && InterfaceMembers.Contains(jsonName))
            {
                continue;
            }

            string propertyPath = path.Length == 0 ? jsonName : path + "." + jsonName;
            PropertiesChecked++;
            IPropertySymbol? property = GeneratedTypes.PropertyByJsonName(type, jsonName);
            if (property is null)
            {
                Problems.Add(propertyPath + ": no property");
                continue;
            }

            bool isRequired = required.Contains(jsonName);
            if (property.IsRequired != isRequired)
            {
                Problems.Add(propertyPath + ": required is " + property.IsRequired);
            }

            ITypeSymbol propertyType = property.Type;
            if (!isRequired)
            {
                if (propertyType.NullableAnnotation != NullableAnnotation.Annotated)
                {
                    Problems.Add(propertyPath + ": optional but not nullable");
                }

                propertyType = Unwrap(propertyType);
            }

            CheckValue(propertyType, (YamlMappingNode)value, propertyPath);
        }
    }

    private void CheckValue(ITypeSymbol type, YamlMappingNode schema, string path)
    {
        string? schemaType = UpstreamSchema.Scalar(schema, "type");
        string actual = type.ToDisplayString();
        string? expected = UpstreamSchema.Scalar(schema, "x-kubernetes-int-or-string") == "true" ? "k8s.Models.IntOrString"
            : schemaType == "string" && schema.Children.ContainsKey(new YamlScalarNode("enum")) ? "enum"
            : schemaType == "string" ? "string"
            : schemaType == "integer" ? (UpstreamSchema.Scalar(schema, "format") == "int32" ? "int" : "int or long")
            : schemaType == "number" ? "double"
            : schemaType == "boolean" ? "bool"
            : schemaType == "array" ? "list"
            : schema.Children.ContainsKey(new YamlScalarNode("properties")) ? "object"
            : schema.Children.TryGetValue(new YamlScalarNode("additionalProperties"), out YamlNode? values) && values is YamlMappingNode ? "map"
            : null;

        bool matches = expected switch
        {
            "enum" => type.TypeKind == TypeKind.Enum,
            "int or long" => actual is "int" or "long",
            "list" => type.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IList<T>",
            "map" => type.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IDictionary<TKey, TValue>",
            "object" => type.TypeKind == TypeKind.Class && type.ContainingNamespace.ToDisplayString().StartsWith("Manifests.Crds", StringComparison.Ordinal),
            null => actual == "System.Text.Json.Nodes.JsonNode" || (actual.StartsWith("System.Collections.Generic.IDictionary<string, ", StringComparison.Ordinal)
                && UpstreamSchema.Scalar(schema, "additionalProperties") == "true"),
            _ => actual == expected,
        };
        if (!matches)
        {
            Problems.Add($"{path}: schema {expected ?? "free-form"} but C# {actual}");
            return;
        }

        switch (expected)
        {
            case "list" when schema.Children.TryGetValue(new YamlScalarNode("items"), out YamlNode? items):
                CheckValue(((INamedTypeSymbol)type).TypeArguments[0], (YamlMappingNode)items, path + "[]");
                break;
            case "map":
                CheckValue(((INamedTypeSymbol)type).TypeArguments[1], (YamlMappingNode)schema["additionalProperties"], path + "{}");
                break;
            case "object":
                Check(type, schema, path);
                break;
        }
    }

    private static ITypeSymbol Unwrap(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
}
