using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Manifests.Generator.Model;
using YamlDotNet.RepresentationModel;

namespace Manifests.Generator.Crds;

/// <summary>
/// Walks one version's <c>openAPIV3Schema</c> and collects its object and enum shapes. Each nested object or enum
/// is offered the name <c>Kind</c> + the PascalCase property names on its path (array items and map values add
/// nothing), e.g. <c>spec.http[].route[].destination</c> → <c>VirtualServiceSpecHttpRouteDestination</c>.
/// Structurally identical objects (same properties, types, descriptions and constraints) become one shape.
/// </summary>
internal sealed class SchemaParser
{
    private static readonly HashSet<string> RootPropertiesOfTheInterface = new() { "apiVersion", "kind", "metadata" };

    private readonly string kind;
    private readonly CancellationToken cancellationToken;
    private readonly List<ObjectShape> objects = new();
    private readonly Dictionary<string, int> objectIndexByKey = new();
    private readonly List<EnumShape> enums = new();
    private readonly Dictionary<string, int> enumIndexByKey = new();

    private SchemaParser(string kind, CancellationToken cancellationToken)
    {
        this.kind = kind;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>Reads a version's schema into the specs the emitter writes.</summary>
    public static CrdVersionSpec Parse(string kind, string version, YamlMappingNode schema, CancellationToken cancellationToken)
    {
        var parser = new SchemaParser(kind, cancellationToken);
        parser.objects.Add(null!); // index 0 is the kind itself, filled once its properties are known
        parser.objects[0] = parser.ReadObjectShape(schema, kind, isRoot: true);
        parser.objects[0].CandidateNames.Add(kind);
        return SchemaTypeNamer.Name(kind, version, parser.objects, parser.enums);
    }

    private ObjectShape ReadObjectShape(YamlMappingNode schema, string path, bool isRoot)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var required = new HashSet<string>(schema.Scalars("required"));
        var properties = new List<RawProperty>();
        if (schema.Mapping("properties") is { } propertyNodes)
        {
            foreach (KeyValuePair<YamlNode, YamlNode> entry in propertyNodes.Children)
            {
                if (entry.Key is not YamlScalarNode { Value: { } jsonName } || entry.Value is not YamlMappingNode propertySchema
                    || (isRoot && RootPropertiesOfTheInterface.Contains(jsonName)))
                {
                    continue;
                }

                TypeRefSpec type = ReadType(propertySchema, path + CSharpNames.ToPascalCase(jsonName).TrimStart('@', '_'));
                properties.Add(new RawProperty(jsonName, type, required.Contains(jsonName), propertySchema.Scalar("description")));
            }
        }

        List<RawOneOf> oneOf = OneOfReader.Read(schema, properties.Select(p => p.JsonName).ToList());
        bool checksOneOf = oneOf.Count != 0 || properties.Any(p => ChecksOneOf(p.Type));
        return new ObjectShape(schema.Scalar("description"), properties, oneOf, checksOneOf);
    }

    private TypeRefSpec ReadType(YamlMappingNode schema, string path)
    {
        if (schema.IsTrue("x-kubernetes-int-or-string"))
        {
            return new TypeRefSpec(TypeRefKind.IntOrString);
        }

        switch (schema.Scalar("type"))
        {
            case "string":
                return ReadStringType(schema, path);
            case "integer":
                return new TypeRefSpec(IsInt32(schema) ? TypeRefKind.Int32 : TypeRefKind.Int64);
            case "number":
                return new TypeRefSpec(TypeRefKind.Double);
            case "boolean":
                return new TypeRefSpec(TypeRefKind.Boolean);
            case "array":
                TypeRefSpec element = schema.Mapping("items") is { } items ? ReadType(items, path) : new TypeRefSpec(TypeRefKind.Json);
                return new TypeRefSpec(TypeRefKind.List, Element: element);
        }

        if (schema.Mapping("properties") is { Children.Count: > 0 })
        {
            return new TypeRefSpec(TypeRefKind.Object, Index: AddObject(ReadObjectShape(schema, path, isRoot: false), path));
        }

        return schema.Child("additionalProperties") switch
        {
            YamlMappingNode values => new TypeRefSpec(TypeRefKind.Map, Element: ReadType(values, path)),
            YamlScalarNode { Value: "true" } => new TypeRefSpec(TypeRefKind.Map, Element: new TypeRefSpec(TypeRefKind.Json)),
            _ => new TypeRefSpec(TypeRefKind.Json),
        };
    }

    private TypeRefSpec ReadStringType(YamlMappingNode schema, string path)
    {
        if (schema.Sequence("enum") is not { } values || values.Children.Count == 0
            || values.Children.Any(v => v is not YamlScalarNode { Value: not null }))
        {
            return new TypeRefSpec(TypeRefKind.String);
        }

        var strings = values.Children.Select(v => ((YamlScalarNode)v).Value!).Distinct().ToList();
        string key = string.Join("\u0001", strings);
        if (!enumIndexByKey.TryGetValue(key, out int index))
        {
            index = enums.Count;
            enums.Add(new EnumShape(strings));
            enumIndexByKey.Add(key, index);
        }

        enums[index].CandidateNames.Add(path);
        return new TypeRefSpec(TypeRefKind.Enum, Index: index);
    }

    private int AddObject(ObjectShape shape, string path)
    {
        string key = ShapeKey(shape);
        if (!objectIndexByKey.TryGetValue(key, out int index))
        {
            index = objects.Count;
            objects.Add(shape);
            objectIndexByKey.Add(key, index);
        }

        objects[index].CandidateNames.Add(path);
        return index;
    }

    private bool ChecksOneOf(TypeRefSpec type) => type.Kind switch
    {
        TypeRefKind.Object => objects[type.Index].ChecksOneOf,
        TypeRefKind.List or TypeRefKind.Map => type.Element!.Kind == TypeRefKind.Object && ChecksOneOf(type.Element),
        _ => false,
    };

    private static bool IsInt32(YamlMappingNode schema)
    {
        switch (schema.Scalar("format"))
        {
            case "int32":
                return true;
            case "int64":
                return false;
        }

        return long.TryParse(schema.Scalar("minimum"), NumberStyles.Integer, CultureInfo.InvariantCulture, out long min)
            && long.TryParse(schema.Scalar("maximum"), NumberStyles.Integer, CultureInfo.InvariantCulture, out long max)
            && min >= int.MinValue && max <= int.MaxValue;
    }

    /// <summary>Everything that makes two object schemas the same class; child classes appear by index.</summary>
    private static string ShapeKey(ObjectShape shape)
    {
        var key = new StringBuilder();
        key.Append(shape.Description).Append('\u0002');
        foreach (RawProperty property in shape.Properties)
        {
            key.Append(property.JsonName).Append('\u0001').Append(property.IsRequired ? 'r' : 'o').Append('\u0001');
            AppendTypeKey(key, property.Type);
            key.Append('\u0001').Append(property.Description).Append('\u0002');
        }

        foreach (RawOneOf group in shape.OneOfGroups)
        {
            foreach ((bool isNoneOf, List<List<string>> alternatives) in group.Branches)
            {
                key.Append(isNoneOf ? "!(" : "(").Append(string.Join("|", alternatives.Select(a => string.Join("+", a)))).Append(')');
            }

            key.Append('\u0003');
        }

        return key.ToString();
    }

    private static void AppendTypeKey(StringBuilder key, TypeRefSpec type)
    {
        key.Append((int)type.Kind).Append(':').Append(type.Index);
        if (type.Element is not null)
        {
            key.Append('<');
            AppendTypeKey(key, type.Element);
            key.Append('>');
        }
    }
}
