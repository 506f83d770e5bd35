using Manifests.Generator.Helpers;

namespace Manifests.Generator.Writers;

/// <summary>The statements that write one value: scalars, sequences and maps (nested to any depth), calls to writers.</summary>
internal static partial class ObjectWriterEmitter
{
    /// <summary>Writes the statements that hand the non-null value <paramref name="value"/> to the sink.</summary>
    private static void WriteValue(SourceWriter writer, ValueSpec spec, string value, int depth, MapHelpers helpers)
    {
        switch (spec.Kind)
        {
            case ValueKind.String:
                writer.WriteLine("sink.String(" + value + ");");
                break;
            case ValueKind.Boolean:
                writer.WriteLine("sink.Boolean(" + value + ");");
                break;
            case ValueKind.Integer:
                writer.WriteLine("sink.Number((long)" + value + ");");
                break;
            case ValueKind.UnsignedInteger:
                writer.WriteLine("sink.Number((ulong)" + value + ");");
                break;
            case ValueKind.Double:
                writer.WriteLine("sink.Number(" + value + ");");
                break;
            case ValueKind.NamedEnum:
            case ValueKind.Object:
                writer.WriteLine(spec.WriterName + "(" + value + ", sink);");
                break;
            case ValueKind.Sequence:
                WriteSequence(writer, spec, value, depth, helpers);
                break;
            case ValueKind.Map:
                WriteMap(writer, spec, value, depth, helpers);
                break;
            default:
                writer.WriteLine("sink.Converted(" + value + ", typeof(" + spec.TypeName + "));");
                break;
        }
    }

    private static void WriteSequence(SourceWriter writer, ValueSpec spec, string sequence, int depth, MapHelpers helpers)
    {
        string item = Local("item", depth);
        writer.WriteLine("sink.BeginSequence();");
        if (spec.Sequence == SequenceAccess.Enumerate)
        {
            writer.WriteLine("foreach (var " + item + " in " + sequence + ")");
            writer.OpenBlock();
        }
        else
        {
            string index = Local("i", depth);
            string count = spec.Sequence == SequenceAccess.IndexLength ? "Length" : "Count";
            writer.WriteLine("for (int " + index + " = 0; " + index + " < " + sequence + "." + count + "; " + index + "++)");
            writer.OpenBlock();
            writer.WriteLine("var " + item + " = " + sequence + "[" + index + "];");
        }

        WriteItem(writer, spec, item, depth, helpers);
        writer.CloseBlock();
        writer.WriteLine("sink.EndSequence();");
    }

    private static void WriteMap(SourceWriter writer, ValueSpec spec, string map, int depth, MapHelpers helpers)
    {
        if (spec.MapInterface is not null)
        {
            // Read through the interface: a dictionary class may implement its members explicitly.
            string local = Local("map", depth);
            writer.WriteLine(spec.MapInterface + " " + local + " = " + map + ";");
            map = local;
        }

        string key = Local("key", depth);
        string entry = Local("entry", depth);
        string sortedKeys = spec.IsReadOnlyMap ? helpers.UseReadOnly() : helpers.Use();
        writer.WriteLine("sink.BeginMapping();");
        writer.WriteLine("foreach (string " + key + " in " + sortedKeys + "(" + map + "))");
        writer.OpenBlock();
        writer.WriteLine("sink.Key(" + key + ");");
        writer.WriteLine("var " + entry + " = " + map + "[" + key + "];");
        WriteItem(writer, spec, entry, depth, helpers);
        writer.CloseBlock();
        writer.WriteLine("sink.EndMapping();");
    }

    /// <summary>One item of a sequence or value of a map: null is written, unlike a null property.</summary>
    private static void WriteItem(SourceWriter writer, ValueSpec collection, string item, int depth, MapHelpers helpers)
    {
        ValueSpec itemSpec = collection.Item!;
        if (!collection.ItemMayBeNull)
        {
            WriteValue(writer, itemSpec, item, depth + 1, helpers);
            return;
        }

        string present = item + "Value";
        writer.WriteLine("if (" + item + " is { } " + present + ")");
        writer.OpenBlock();
        WriteValue(writer, itemSpec, present, depth + 1, helpers);
        writer.CloseBlock();
        writer.WriteLine("else");
        writer.OpenBlock();
        writer.WriteLine("sink.Null();");
        writer.CloseBlock();
    }

    private static string Local(string name, int depth) => depth == 0 ? name : name + depth;

    /// <summary>The helpers that sort a map's keys, written once each and only when some map needs them.</summary>
    private sealed class MapHelpers
    {
        private bool dictionary;
        private bool readOnlyDictionary;

        public string Use()
        {
            dictionary = true;
            return "SortedKeys";
        }

        public string UseReadOnly()
        {
            readOnlyDictionary = true;
            return "SortedReadOnlyKeys";
        }

        public void Write(SourceWriter writer)
        {
            if (dictionary)
            {
                writer.WriteLine();
                writer.WriteLine("// Ordinal key order, whatever order the map was filled in: the output must not depend on it.");
                writer.WriteLine("private static string[] SortedKeys<TValue>(global::System.Collections.Generic.IDictionary<string, TValue> map)");
                writer.OpenBlock();
                WriteEmptyCheck(writer);
                writer.WriteLine("string[] keys = new string[map.Count];");
                writer.WriteLine("map.Keys.CopyTo(keys, 0);");
                writer.WriteLine("SortOrdinal(keys);");
                writer.WriteLine("return keys;");
                writer.CloseBlock();
            }

            if (readOnlyDictionary)
            {
                writer.WriteLine();
                writer.WriteLine("// Ordinal key order, whatever order the map was filled in: the output must not depend on it.");
                writer.WriteLine("private static string[] SortedReadOnlyKeys<TValue>(global::System.Collections.Generic.IReadOnlyDictionary<string, TValue> map)");
                writer.OpenBlock();
                WriteEmptyCheck(writer);
                writer.WriteLine("string[] keys = new string[map.Count];");
                writer.WriteLine("int count = 0;");
                writer.WriteLine("foreach (string key in map.Keys)");
                writer.OpenBlock();
                writer.WriteLine("keys[count++] = key;");
                writer.CloseBlock();
                writer.WriteLine();
                writer.WriteLine("SortOrdinal(keys);");
                writer.WriteLine("return keys;");
                writer.CloseBlock();
            }

            if (dictionary || readOnlyDictionary)
            {
                WriteSortOrdinal(writer);
            }
        }

        // Maps are small (labels, selectors): an insertion sort, where Array.Sort with a comparer would allocate a
        // delegate for every map of every object.
        private static void WriteSortOrdinal(SourceWriter writer)
        {
            writer.WriteLine();
            writer.WriteLine("private static void SortOrdinal(string[] keys)");
            writer.OpenBlock();
            writer.WriteLine("if (keys.Length > 16)");
            writer.OpenBlock();
            writer.WriteLine("global::System.Array.Sort(keys, global::System.StringComparer.Ordinal);");
            writer.WriteLine("return;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("for (int i = 1; i < keys.Length; i++)");
            writer.OpenBlock();
            writer.WriteLine("string key = keys[i];");
            writer.WriteLine("int j = i - 1;");
            writer.WriteLine("while (j >= 0 && string.CompareOrdinal(keys[j], key) > 0)");
            writer.OpenBlock();
            writer.WriteLine("keys[j + 1] = keys[j];");
            writer.WriteLine("j--;");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("keys[j + 1] = key;");
            writer.CloseBlock();
            writer.CloseBlock();
        }

        private static void WriteEmptyCheck(SourceWriter writer)
        {
            writer.WriteLine("if (map.Count == 0)");
            writer.OpenBlock();
            writer.WriteLine("return global::System.Array.Empty<string>();");
            writer.CloseBlock();
            writer.WriteLine();
        }
    }
}
