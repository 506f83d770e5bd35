using System.Text;

namespace Manifests.Render.Validate;

/// <summary>
/// A read-only map from UTF-8 names to values, looked up by a span of the instance's own bytes, so that
/// finding a property's schema or an enum value allocates nothing. Keys keep their insertion order.
/// </summary>
internal sealed class Utf8Table<T>
{
    private readonly byte[][] _keys;
    private readonly T[] _values;
    private readonly int[] _slots;

    public Utf8Table(IReadOnlyList<(string Name, T Value)> entries)
    {
        var names = new string[entries.Count];
        _keys = new byte[entries.Count][];
        _values = new T[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            (names[i], _values[i]) = entries[i];
            _keys[i] = Encoding.UTF8.GetBytes(names[i]);
        }

        Names = names;
        var size = 4;
        while (size < entries.Count * 2)
        {
            size *= 2;
        }

        _slots = new int[size];
        Array.Fill(_slots, -1);
        for (var i = 0; i < _keys.Length; i++)
        {
            var slot = Slot(_keys[i]);
            while (_slots[slot] >= 0 && !_keys[_slots[slot]].AsSpan().SequenceEqual(_keys[i]))
            {
                slot = (slot + 1) & (_slots.Length - 1);
            }

            // A key given twice keeps its last value, as a JSON object read by System.Text.Json.Nodes would.
            _slots[slot] = i;
        }
    }

    /// <summary>The names, in the order they were given.</summary>
    public IReadOnlyList<string> Names { get; }

    public int Count => Names.Count;

    public bool TryGetValue(ReadOnlySpan<byte> name, out T value)
    {
        var slot = Slot(name);
        while (_slots[slot] is var index and >= 0)
        {
            if (_keys[index].AsSpan().SequenceEqual(name))
            {
                value = _values[index];
                return true;
            }

            slot = (slot + 1) & (_slots.Length - 1);
        }

        value = default!;
        return false;
    }

    // FNV-1a: names are short, and the table is built from a schema, not from input an attacker chooses.
    private int Slot(ReadOnlySpan<byte> name)
    {
        var hash = 2166136261u;
        foreach (var b in name)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash & (uint)(_slots.Length - 1));
    }
}
