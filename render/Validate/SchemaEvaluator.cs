using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Manifests.Render.Validate;

/// <summary>
/// Evaluates a compiled schema on an object as Kubernetes sees it. One implementation runs in two modes: a
/// check that stops at the first problem and builds no path (what a valid object costs, and how alternatives
/// are tried), and a collection of every problem with its field path, run only on an object the check refused.
/// </summary>
internal static class SchemaEvaluator
{
    private interface IMode
    {
        static abstract bool Collects { get; }
    }

    /// <summary>True when <paramref name="value"/> matches <paramref name="node"/>; allocates nothing.</summary>
    public static bool IsValid(SchemaNode node, JsonElement value) => Evaluate<Check>(node, value, null, null);

    /// <summary>Every problem of <paramref name="value"/>, in document order; empty when it is valid.</summary>
    public static List<SchemaProblem> Problems(SchemaNode node, JsonElement value)
    {
        var problems = new List<SchemaProblem>();
        Evaluate<Collect>(node, value, "", problems);
        return problems;
    }

    private static bool Evaluate<TMode>(SchemaNode node, JsonElement value, string? path, List<SchemaProblem>? problems)
        where TMode : struct, IMode
    {
        var start = problems?.Count ?? 0;
        var valid = true;
        var wrongType = node.Types is not JsonTypes.Any && !HasType(node.Types, value);
        if (wrongType)
        {
            if (!TMode.Collects)
            {
                return false;
            }

            valid = Add(problems, path, "type", SchemaMessages.Type(node.Types, value));
        }

        if (node.Enum is { } allowed && !allowed.Contains(value))
        {
            if (!TMode.Collects)
            {
                return false;
            }

            valid = Add(problems, path, "enum", SchemaMessages.Enum(allowed, value));
        }

        var kindValid = value.ValueKind switch
        {
            JsonValueKind.Object => EvaluateObject<TMode>(node, value, path, problems),
            JsonValueKind.Array => EvaluateArray<TMode>(node, value, path, problems),
            JsonValueKind.String => EvaluateString<TMode>(node, value, path, problems),
            JsonValueKind.Number => EvaluateNumber<TMode>(node, value, path, problems),
            _ => true,
        };
        if (!kindValid && !TMode.Collects)
        {
            return false;
        }

        return EvaluateBranches<TMode>(node, value, path, problems, wrongType ? -1 : start) & kindValid & valid;
    }

    private static bool EvaluateObject<TMode>(SchemaNode node, JsonElement value, string? path, List<SchemaProblem>? problems)
        where TMode : struct, IMode
    {
        var valid = true;
        if (node.Properties is not null || node.ExtraFields is not ExtraFields.Allowed || node.MinProperties is not null || node.MaxProperties is not null)
        {
            var count = 0;
            foreach (var property in value.EnumerateObject())
            {
                count++;
                if (node.Properties is null || !node.Properties.TryGetValue(JsonValues.Name(property), out var child))
                {
                    if (node.ExtraFields is ExtraFields.Refused)
                    {
                        if (!TMode.Collects)
                        {
                            return false;
                        }

                        valid = Add(problems, FieldPath.Key(path!, property.Name), "additionalProperties", SchemaMessages.Unknown(property.Name, node.Properties));
                        continue;
                    }

                    child = node.ExtraFieldSchema;
                }

                if (child is not null && !Evaluate<TMode>(child, property.Value, TMode.Collects ? FieldPath.Key(path!, property.Name) : null, problems))
                {
                    if (!TMode.Collects)
                    {
                        return false;
                    }

                    valid = false;
                }
            }

            if (node.MinProperties is { } min && count < min)
            {
                valid = TMode.Collects && Add(problems, path, "minProperties", SchemaMessages.MinProperties(min, count));
            }

            if (node.MaxProperties is { } max && count > max)
            {
                valid = TMode.Collects && Add(problems, path, "maxProperties", SchemaMessages.MaxProperties(max, count));
            }
        }

        foreach (var field in node.Required)
        {
            if (!value.TryGetProperty(field.Utf8, out _))
            {
                if (!TMode.Collects)
                {
                    return false;
                }

                // Reported at the missing field itself, as the API server does ("spec.hosts: Required value").
                valid = Add(problems, FieldPath.Key(path!, field.Name), "required", SchemaMessages.Required);
            }
        }

        return valid;
    }

    private static bool EvaluateArray<TMode>(SchemaNode node, JsonElement value, string? path, List<SchemaProblem>? problems)
        where TMode : struct, IMode
    {
        var valid = true;
        if (node.Items is { } items)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (!Evaluate<TMode>(items, item, TMode.Collects ? FieldPath.Index(path!, index) : null, problems))
                {
                    if (!TMode.Collects)
                    {
                        return false;
                    }

                    valid = false;
                }

                index++;
            }
        }

        var length = node.MinItems is not null || node.MaxItems is not null ? value.GetArrayLength() : 0;
        if (node.MinItems is { } min && length < min)
        {
            valid = TMode.Collects && Add(problems, path, "minItems", SchemaMessages.MinItems(min, length));
        }

        if (node.MaxItems is { } max && length > max)
        {
            valid = TMode.Collects && Add(problems, path, "maxItems", SchemaMessages.MaxItems(max, length));
        }

        if (node.UniqueItems && FirstRepeat(value) is var (first, second) && second >= 0)
        {
            valid = TMode.Collects && Add(problems, path, "uniqueItems", SchemaMessages.UniqueItems(first, second));
        }

        return valid;
    }

    private static bool EvaluateString<TMode>(SchemaNode node, JsonElement value, string? path, List<SchemaProblem>? problems)
        where TMode : struct, IMode
    {
        var valid = true;
        if (node.MinLength is not null || node.MaxLength is not null)
        {
            var length = JsonValues.TextLength(value);
            if (node.MinLength is { } min && length < min)
            {
                if (!TMode.Collects)
                {
                    return false;
                }

                valid = Add(problems, path, "minLength", SchemaMessages.MinLength(min, length));
            }

            if (node.MaxLength is { } max && length > max)
            {
                if (!TMode.Collects)
                {
                    return false;
                }

                valid = Add(problems, path, "maxLength", SchemaMessages.MaxLength(max, length));
            }
        }

        if (node.Pattern is { } pattern && !Matches(pattern, value))
        {
            valid = TMode.Collects && Add(problems, path, "pattern", SchemaMessages.Pattern(pattern, value));
        }

        return valid;
    }

    private static bool EvaluateNumber<TMode>(SchemaNode node, JsonElement value, string? path, List<SchemaProblem>? problems)
        where TMode : struct, IMode
    {
        var valid = true;
        if (node.Minimum is { } min && JsonValues.Compare(value, min) is var below && (below < 0 || below == 0 && node.ExclusiveMinimum))
        {
            if (!TMode.Collects)
            {
                return false;
            }

            valid = Add(problems, path, node.ExclusiveMinimum ? "exclusiveMinimum" : "minimum", SchemaMessages.Minimum(min, node.ExclusiveMinimum, value));
        }

        if (node.Maximum is { } max && JsonValues.Compare(value, max) is var above && (above > 0 || above == 0 && node.ExclusiveMaximum))
        {
            if (!TMode.Collects)
            {
                return false;
            }

            valid = Add(problems, path, node.ExclusiveMaximum ? "exclusiveMaximum" : "maximum", SchemaMessages.Maximum(max, node.ExclusiveMaximum, value));
        }

        if (node.MultipleOf is { } divisor && !JsonValues.IsMultiple(value, divisor))
        {
            valid = TMode.Collects && Add(problems, path, "multipleOf", SchemaMessages.MultipleOf(divisor, value));
        }

        return valid;
    }

    // start: how many problems there were before this value's own; -1 when its type is wrong, and then what its
    // alternatives make of it is no news (a string where an object belongs "matches every oneOf branch").
    private static bool EvaluateBranches<TMode>(SchemaNode node, JsonElement value, string? path, List<SchemaProblem>? problems, int start)
        where TMode : struct, IMode
    {
        var valid = true;
        foreach (var branch in node.AllOf ?? Array.Empty<SchemaNode>())
        {
            if (!Evaluate<TMode>(branch, value, path, problems))
            {
                if (!TMode.Collects)
                {
                    return false;
                }

                valid = false;
            }
        }

        if (node.AnyOf is { } anyOf && !AnyMatches(anyOf, value))
        {
            if (!TMode.Collects)
            {
                return false;
            }

            valid = NoAlternative(anyOf, "anyOf", value, path!, problems!, start);
        }

        if (node.OneOf is { } oneOf)
        {
            var matches = 0;
            foreach (var branch in oneOf)
            {
                matches += Evaluate<Check>(branch, value, null, null) ? 1 : 0;
            }

            if (matches != 1)
            {
                if (!TMode.Collects)
                {
                    return false;
                }

                valid = matches == 0
                    ? NoAlternative(oneOf, "oneOf", value, path!, problems!, start)
                    : start >= 0 && Add(problems, path, "oneOf", SchemaMessages.ManyAlternatives(oneOf, [.. Enumerable.Range(0, oneOf.Length).Where(i => Evaluate<Check>(oneOf[i], value, null, null))], value));
            }
        }

        if (node.Not is { } negated && Evaluate<Check>(negated, value, null, null))
        {
            valid = TMode.Collects && start >= 0 && Add(problems, path, "not", SchemaMessages.Not(negated));
        }

        return valid;
    }

    // No alternative matched. Where the alternatives' own problems lie deeper than this value, those are the specific
    // ones and are reported as they are; where they are all about this value, one problem says what each wanted,
    // unless this value already has a problem of its own (an int-or-string's type, say).
    private static bool NoAlternative(SchemaNode[] branches, string keyword, JsonElement value, string path, List<SchemaProblem> problems, int start)
    {
        if (start < 0)
        {
            return false;
        }

        var shown = path.Length == 0 ? "(root)" : path;
        var perBranch = branches.Select(branch =>
        {
            var own = new List<SchemaProblem>();
            Evaluate<Collect>(branch, value, path, own);
            return own;
        }).ToList();
        var deeper = perBranch.SelectMany(p => p).Where(p => p.Path != shown).ToList();
        if (deeper.Count > 0 && !branches.All(b => b.OnlyRequires))
        {
            problems.AddRange(deeper);
        }
        else if (problems.Count == start)
        {
            var complaints = perBranch.Select(own => string.Join(" and ", own.Where(p => p.Path == shown).Select(p => p.Message).Distinct())).ToList();
            problems.Add(new SchemaProblem(shown, keyword, SchemaMessages.NoAlternative(branches, complaints)));
        }

        return false;
    }

    private static bool AnyMatches(SchemaNode[] branches, JsonElement value)
    {
        foreach (var branch in branches)
        {
            if (Evaluate<Check>(branch, value, null, null))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasType(JsonTypes types, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => types.HasFlag(JsonTypes.Object),
        JsonValueKind.Array => types.HasFlag(JsonTypes.Array),
        JsonValueKind.String => types.HasFlag(JsonTypes.String),
        JsonValueKind.True or JsonValueKind.False => types.HasFlag(JsonTypes.Boolean),
        JsonValueKind.Null => types.HasFlag(JsonTypes.Null),
        JsonValueKind.Number => types.HasFlag(JsonTypes.Number) || types.HasFlag(JsonTypes.Integer) && JsonValues.IsIntegral(value),
        _ => false,
    };

    private static bool Matches(SchemaPattern pattern, JsonElement value)
    {
        var utf8 = JsonValues.Utf8(value);
        char[]? rented = null;
        Span<char> chars = utf8.Length <= 256 ? stackalloc char[utf8.Length] : (rented = ArrayPool<char>.Shared.Rent(utf8.Length));
        try
        {
            var length = Encoding.UTF8.GetChars(utf8, chars);
            return pattern.IsMatch(chars[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static (int First, int Second) FirstRepeat(JsonElement array)
    {
        var items = array.EnumerateArray().ToList();
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                if (JsonValues.Equivalent(items[i], items[j]))
                {
                    return (i, j);
                }
            }
        }

        return (-1, -1);
    }

    // Always false, so that a caller can write "valid = Add(...)".
    private static bool Add(List<SchemaProblem>? problems, string? path, string keyword, string message)
    {
        problems!.Add(new SchemaProblem(string.IsNullOrEmpty(path) ? "(root)" : path, keyword, message));
        return false;
    }

    private struct Check : IMode
    {
        public static bool Collects => false;
    }

    private struct Collect : IMode
    {
        public static bool Collects => true;
    }
}
