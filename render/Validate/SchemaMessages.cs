using System.Globalization;
using System.Text.Json;

namespace Manifests.Render.Validate;

/// <summary>What a schema problem says: the rule broken, what is expected, and what was found.</summary>
internal static class SchemaMessages
{
    private const int NamesShown = 16;

    public static string Type(JsonTypes expected, JsonElement value) => $"must be {TypeNames(expected)}, not {JsonValues.Describe(value)}";

    public static string Enum(SchemaEnum allowed, JsonElement value) => $"must be one of {Names(allowed.Display)}, not {JsonValues.Describe(value)}";

    public static string Unknown(string name, Utf8Table<SchemaNode>? declared) => declared is not { Count: > 0 }
        ? $"is not allowed: the CRD defines no field '{name}' here (it defines no fields at all)"
        : $"is not allowed: the CRD defines no field '{name}' here (it defines {Names(declared.Names, "and")})";

    public const string Required = "is required";

    public static string MinLength(long limit, long length) => $"must be at least {Count(limit, "character")} long, not {Number(length)}";

    public static string MaxLength(long limit, long length) => $"must be at most {Count(limit, "character")} long, not {Number(length)}";

    public static string Pattern(SchemaPattern pattern, JsonElement value) => $"must match the pattern {pattern.Text}, which {JsonValues.Quote(value.GetString()!)} does not";

    public static string Minimum(SchemaNumber limit, bool exclusive, JsonElement value) =>
        $"must be {(exclusive ? "greater than" : "at least")} {limit.Text}, not {value.GetRawText()}";

    public static string Maximum(SchemaNumber limit, bool exclusive, JsonElement value) =>
        $"must be {(exclusive ? "less than" : "at most")} {limit.Text}, not {value.GetRawText()}";

    public static string MultipleOf(SchemaNumber divisor, JsonElement value) => $"must be a multiple of {divisor.Text}, not {value.GetRawText()}";

    public static string MinItems(long limit, int count) => $"must have at least {Count(limit, "item")}, not {Number(count)}";

    public static string MaxItems(long limit, int count) => $"must have at most {Count(limit, "item")}, not {Number(count)}";

    public static string MinProperties(long limit, int count) => $"must have at least {Count(limit, "field")}, not {Number(count)}";

    public static string MaxProperties(long limit, int count) => $"must have at most {Count(limit, "field")}, not {Number(count)}";

    public static string UniqueItems(int first, int second) => $"must not repeat an item: items {Number(first)} and {Number(second)} are equal";

    /// <summary>No alternative of an anyOf/oneOf matched: each one's own complaint.</summary>
    public static string NoAlternative(IReadOnlyList<SchemaNode> branches, IReadOnlyList<string> complaints)
    {
        if (branches.All(b => b.OnlyRequires))
        {
            return $"must set one of {Names([.. branches.SelectMany(b => b.Required).Select(r => r.Name).Distinct()])}";
        }

        return $"matches none of the {Number(branches.Count)} alternatives: " + string.Join("; or ", complaints);
    }

    /// <summary>More than one alternative of a oneOf matched.</summary>
    public static string ManyAlternatives(IReadOnlyList<SchemaNode> branches, IReadOnlyList<int> matched, JsonElement value)
    {
        var fields = branches.Where(b => b.OnlyRequires).SelectMany(b => b.Required).Select(r => r.Name).Distinct().ToList();
        if (value.ValueKind is JsonValueKind.Object && fields.Count > 0 && matched.All(i => branches[i].OnlyRequires || IsNoneOf(branches[i])))
        {
            var set = fields.Where(f => value.TryGetProperty(f, out _)).ToList();
            var atMostOne = branches.Any(IsNoneOf);
            return $"sets {Names(set, "and")}, but {(atMostOne ? "at most" : "exactly")} one of {Names(fields)} may be set";
        }

        return $"matches {Number(matched.Count)} of the {Number(branches.Count)} alternatives (numbers {Names([.. matched.Select(i => Number(i))], "and")}), but must match exactly one";
    }

    /// <summary>The schema under <c>not</c> matched.</summary>
    public static string Not(SchemaNode negated)
    {
        if (negated.OnlyRequires)
        {
            return $"must not set {Names([.. negated.Required.Select(r => r.Name)], "and")}";
        }

        return IsAnyRequired(negated)
            ? $"must not set any of {Names([.. negated.AnyOf!.SelectMany(b => b.Required).Select(r => r.Name)])}"
            : "must not match the schema given under 'not'";
    }

    // Istio's oneOf: its first branch is "none of these fields", so zero or one of them may be set.
    private static bool IsNoneOf(SchemaNode branch) => branch.Not is { } negated && IsAnyRequired(negated);

    private static bool IsAnyRequired(SchemaNode node) => node.AnyOf is { } any && any.All(b => b.OnlyRequires);

    private static string TypeNames(JsonTypes types)
    {
        var names = new List<string>();
        AddIf(JsonTypes.Object, "an object");
        AddIf(JsonTypes.Array, "an array");
        AddIf(JsonTypes.Integer, "an integer");
        AddIf(JsonTypes.Number, "a number");
        AddIf(JsonTypes.String, "a string");
        AddIf(JsonTypes.Boolean, "a boolean (true or false)");
        AddIf(JsonTypes.Null, "null");
        return Names(names, "or");

        void AddIf(JsonTypes type, string name)
        {
            if (types.HasFlag(type))
            {
                names.Add(name);
            }
        }
    }

    private static string Names(IReadOnlyList<string> names, string last = "or")
    {
        if (names.Count > NamesShown)
        {
            return string.Join(", ", names.Take(NamesShown)) + ", …";
        }

        return names.Count <= 1 ? string.Join("", names) : string.Join(", ", names.Take(names.Count - 1)) + $" {last} " + names[^1];
    }

    private static string Count(long count, string noun) => Number(count) + " " + noun + (count == 1 ? "" : "s");

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
