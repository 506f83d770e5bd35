using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Manifests.Generator.Tests.Pipeline;

/// <summary>
/// Walks a tracked step's output value by reflection (fields, the generator's own properties, collections, tuples)
/// and names every place that holds a compiler object: such a value is never equal across runs and keeps a whole
/// compilation alive, so the step could never be cached (the Roslyn cookbook's rule).
/// </summary>
internal static class StepOutputWalker
{
    /// <summary>The compiler objects a pipeline value must not hold.</summary>
    public static readonly Type[] ForbiddenTypes =
        [typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Compilation), typeof(SemanticModel), typeof(Location)];

    private const int MaxDepth = 64;

    private static readonly Assembly GeneratorAssembly = typeof(Manifests.Generator.Crds.CrdGenerator).Assembly;

    /// <summary>Every path below <paramref name="root"/> (named <paramref name="rootName"/>) that holds a forbidden object, with its type.</summary>
    public static IReadOnlyList<string> FindCompilerObjects(object? root, string rootName)
    {
        var found = new List<string>();
        Visit(root, rootName, 0, new HashSet<object>(ReferenceEqualityComparer.Instance), found);
        return found;
    }

    private static void Visit(object? value, string path, int depth, HashSet<object> visited, List<string> found)
    {
        if (value is null || IsLeaf(value.GetType()))
        {
            return;
        }

        Type type = value.GetType();
        if (Array.Find(ForbiddenTypes, forbidden => forbidden.IsInstanceOfType(value)) is { } hit)
        {
            found.Add(path + " holds a " + hit.Name + " (" + type.FullName + ")");
            return;
        }

        if (depth > MaxDepth)
        {
            found.Add(path + " is nested deeper than " + MaxDepth + " levels; the walker cannot vouch for it");
            return;
        }

        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is Delegate function)
        {
            Visit(function.Target, path + ".Target", depth + 1, visited, found);
            return;
        }

        // A default ImmutableArray throws when enumerated, so its one field (the array) is walked instead.
        bool isImmutableArray = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>);
        if (value is IEnumerable items && !isImmutableArray)
        {
            int index = 0;
            foreach (object? item in items)
            {
                Visit(item, path + "[" + index++ + "]", depth + 1, visited, found);
            }

            return;
        }

        // The generator's own types are walked by property (their auto-properties' fields are skipped, so a path
        // reads like the spec); every other type by its fields.
        bool byProperty = type.Assembly == GeneratorAssembly;
        for (Type? declaring = type; declaring is not null && declaring != typeof(object); declaring = declaring.BaseType)
        {
            foreach (FieldInfo field in declaring.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!(byProperty && declaring == type && field.Name.EndsWith(">k__BackingField", StringComparison.Ordinal)))
                {
                    Visit(field.GetValue(value), path + "." + field.Name, depth + 1, visited, found);
                }
            }
        }

        if (byProperty)
        {
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (property.GetIndexParameters().Length == 0 && property.GetMethod is not null)
                {
                    Visit(property.GetValue(value), path + "." + property.Name, depth + 1, visited, found);
                }
            }
        }
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type.IsPointer
        || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
        || type == typeof(TimeSpan) || type == typeof(Guid) || typeof(MemberInfo).IsAssignableFrom(type);
}
