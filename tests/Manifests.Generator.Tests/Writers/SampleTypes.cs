using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Manifests.Generator.Tests.Writers.Samples;

// Types the generated writers are compiled against (by metadata reference, as k8s.Models are): each shows a part of
// System.Text.Json's contract the writers must follow.

/// <summary>A string enum with member names from <c>JsonStringEnumMemberName</c>, converter on the type.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Phase>))]
public enum Phase
{
    [JsonStringEnumMemberName("pending")]
    Pending,

    [JsonStringEnumMemberName("in-progress")]
    Running,

    Failed,
}

/// <summary>A string enum through the non-generic converter, with values that are not 0, 1, 2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter))]
public enum Tier
{
    Gold = 1,
    Silver = 2,
    Bronze = 4,
}

/// <summary>No converter: written as its number.</summary>
public enum Priority : short
{
    Low = -1,
    High = 10,
}

/// <summary>Underlying ulong, no converter.</summary>
public enum Mask : ulong
{
    None = 0,
    All = ulong.MaxValue,
}

/// <summary>A [Flags] string enum: combinations are written as lists of names, by the serializer.</summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<Features>))]
public enum Features
{
    None = 0,
    Tls = 1,
    Retries = 2,
}

/// <summary>Written by name only where a property asks for it.</summary>
public enum Mode
{
    Strict,
    Permissive,
}

/// <summary>Two names for one value: left to the serializer.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Alias>))]
public enum Alias
{
    First = 1,
    Primary = 1,
}

/// <summary>A struct with its own converter (written as "21.5C").</summary>
[JsonConverter(typeof(CelsiusConverter))]
public readonly record struct Celsius(double Degrees);

public sealed class CelsiusConverter : JsonConverter<Celsius>
{
    public override Celsius Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(double.Parse(reader.GetString()!.TrimEnd('C'), System.Globalization.CultureInfo.InvariantCulture));

    public override void Write(Utf8JsonWriter writer, Celsius value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Degrees.ToString(System.Globalization.CultureInfo.InvariantCulture) + "C");
}

/// <summary>A plain struct written property by property; also a root.</summary>
public struct Point
{
    public int X { get; set; }

    public int Y { get; set; }

    public readonly int Sum => X + Y;
}

/// <summary>Refers to itself through a list and a property.</summary>
public sealed class TreeNode
{
    public string? Name { get; set; }

    public List<TreeNode>? Children { get; set; }

    public TreeNode? Next { get; set; }

    [JsonIgnore]
    public TreeNode? Parent { get; set; }
}

/// <summary>Members that are written from a base class, overridden or hidden.</summary>
public class BaseThing
{
    public string? BaseName { get; set; }

    public virtual int Count { get; set; }

    public string? Hidden { get; set; }

    [JsonPropertyName("renamedInBase")]
    public string? Renamed { get; set; }
}

/// <summary>Derives from <see cref="BaseThing"/>: an override and a <c>new</c> property replace the base ones.</summary>
public sealed class DerivedThing : BaseThing
{
    public override int Count { get; set; }

    public new int? Hidden { get; set; }

    public string? Own { get; set; }
}

/// <summary>A positional record: its parameters are properties.</summary>
public sealed record Pair(string Left, int Right);

/// <summary>Every shape of value the writers handle, in one object.</summary>
public sealed class Kitchen
{
    // Names whose ordinal order differs from a culture's: upper case first, then '_', then lower case.
    public string? Zebra { get; set; }

    public string? apple { get; set; }

    public string? _under { get; set; }

    public string? @event { get; set; }

    [JsonPropertyName("x-custom")]
    public string? Custom { get; set; }

    [JsonPropertyName("ünïcode")]
    public string? Unicode { get; set; }

    public bool Flag { get; set; }

    public bool? MaybeFlag { get; set; }

    public sbyte Tiny { get; set; }

    public byte Octet { get; set; }

    public short Small { get; set; }

    public ushort SmallUnsigned { get; set; }

    public int Whole { get; set; }

    public uint WholeUnsigned { get; set; }

    public long Big { get; set; }

    public ulong Huge { get; set; }

    public float Single { get; set; }

    public double Real { get; set; }

    public double? MaybeReal { get; set; }

    public decimal Money { get; set; }

    public char Letter { get; set; }

    public Phase Phase { get; set; }

    public Phase? MaybePhase { get; set; }

    public Phase UndefinedPhase { get; set; }

    public Tier Tier { get; set; }

    public Tier CombinedTier { get; set; }

    public Priority Priority { get; set; }

    public Mask Mask { get; set; }

    public Features Features { get; set; }

    public Alias Alias { get; set; }

    [JsonConverter(typeof(JsonStringEnumConverter))]
    public Mode Mode { get; set; }

    [JsonConverter(typeof(JsonStringEnumConverter<Mode>))]
    public Mode? MaybeMode { get; set; }

    public Mode NumberMode { get; set; }

    public List<Phase>? Phases { get; set; }

    public Celsius Temperature { get; set; }

    public Celsius? MaybeTemperature { get; set; }

    public Point Location { get; set; }

    public Point? MaybeLocation { get; set; }

    public Pair? Pair { get; set; }

    public TreeNode? Tree { get; set; }

    public string[]? Tags { get; set; }

    public int[][]? Grid { get; set; }

    public List<List<int?>>? Jagged { get; set; }

    public IList<string?>? WithNulls { get; set; }

    public IEnumerable<string>? Lazy { get; set; }

    public IReadOnlyList<Point>? Points { get; set; }

    public ICollection<double>? Readings { get; set; }

    public HashSet<int>? Unique { get; set; }

    public Dictionary<string, IDictionary<string, int>>? Nested { get; set; }

    public IDictionary<string, string?>? Labels { get; set; }

    public IReadOnlyDictionary<string, List<string>>? ReadOnlyMap { get; set; }

    public SortedDictionary<string, Point?>? Sorted { get; set; }

    public Dictionary<int, string>? ByNumber { get; set; }

    public Dictionary<string, object?>? Loose { get; set; }

    public object? Anything { get; set; }

    public JsonNode? Node { get; set; }

    public JsonObject? NodeObject { get; set; }

    public JsonArray? NodeArray { get; set; }

    public JsonElement Element { get; set; }

    public byte[]? Bytes { get; set; }

    public DateTime When { get; set; }

    public DateTimeOffset? WhenOffset { get; set; }

    public Guid Id { get; set; }

    public TimeSpan Duration { get; set; }

    public Uri? Link { get; set; }

    public KeyValuePair<string, int> Entry { get; set; }

    public k8s.Models.IntOrString? Port { get; set; }

    public k8s.Models.ResourceQuantity? Memory { get; set; }

    [JsonIgnore]
    public string? Secret { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Always)]
    public string? AlsoSecret { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? AlwaysThere { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? AlwaysThereNumber { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Maybe { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int ZeroSkipped { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int NonZeroKept { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Point DefaultPointSkipped { get; set; }

    [JsonInclude]
    public int IncludedField;

    public int PlainField;

    public string? PrivateGetter { private get; set; }

    public static string? Static { get; set; }

    [Obsolete("Still written by System.Text.Json.")]
    public string? Old { get; set; }

    public string this[int index] => index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
