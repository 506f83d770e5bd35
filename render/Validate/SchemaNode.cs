namespace Manifests.Render.Validate;

/// <summary>The JSON types a schema's <c>type</c> admits; <see cref="Any"/> when it names none.</summary>
[Flags]
internal enum JsonTypes
{
    Any = 0,
    Object = 1,
    Array = 2,
    String = 4,
    Integer = 8,
    Number = 16,
    Boolean = 32,
    Null = 64,
}

/// <summary>What an object's fields that the schema does not declare may be.</summary>
internal enum ExtraFields
{
    /// <summary>Anything (no <c>additionalProperties</c>, or it preserves unknown fields).</summary>
    Allowed,

    /// <summary>Nothing: strict field validation refuses them.</summary>
    Refused,

    /// <summary>Values of <see cref="SchemaNode.ExtraFieldSchema"/> (a map).</summary>
    Schema,
}

/// <summary>A numeric bound or divisor of a schema, with the text it was written as (for messages).</summary>
internal readonly record struct SchemaNumber(decimal? Decimal, double Double, string Text);

/// <summary>
/// One compiled schema: the keywords <c>OpenApiSchemaConverter</c> keeps, resolved once (types as flags,
/// properties and string enums as tables of UTF-8 names, patterns as lazily compiled regexes), so that
/// evaluating an object allocates nothing unless it finds a problem. Immutable, and so shared by threads.
/// </summary>
internal sealed class SchemaNode
{
    /// <summary>A schema with no keyword: every value matches.</summary>
    public static readonly SchemaNode Empty = new();

    public JsonTypes Types { get; init; }

    public Utf8Table<SchemaNode>? Properties { get; init; }

    public ExtraFields ExtraFields { get; init; }

    public SchemaNode? ExtraFieldSchema { get; init; }

    public RequiredField[] Required { get; init; } = [];

    public long? MinProperties { get; init; }

    public long? MaxProperties { get; init; }

    public SchemaNode? Items { get; init; }

    public long? MinItems { get; init; }

    public long? MaxItems { get; init; }

    public bool UniqueItems { get; init; }

    public long? MinLength { get; init; }

    public long? MaxLength { get; init; }

    public SchemaPattern? Pattern { get; init; }

    public SchemaNumber? Minimum { get; init; }

    public bool ExclusiveMinimum { get; init; }

    public SchemaNumber? Maximum { get; init; }

    public bool ExclusiveMaximum { get; init; }

    public SchemaNumber? MultipleOf { get; init; }

    public SchemaEnum? Enum { get; init; }

    public SchemaNode[]? AllOf { get; init; }

    public SchemaNode[]? AnyOf { get; init; }

    public SchemaNode[]? OneOf { get; init; }

    public SchemaNode? Not { get; init; }

    /// <summary>True when the schema only requires fields (Istio's oneOf branches): messages then name the fields.</summary>
    public bool OnlyRequires { get; init; }
}

/// <summary>A required field's name, as text for messages and as UTF-8 for the look-up.</summary>
internal sealed record RequiredField(string Name, byte[] Utf8);
