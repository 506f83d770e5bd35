using System.Collections;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Reflection;
using System.Runtime.InteropServices;
using Manifests.Model;
using Manifests.Render.Deliver;

namespace Manifests.Render.Reuse;

/// <summary>
/// A digest of everything a render's files depend on: every value the topology declares (all public
/// properties of the model's records, walked by reflection so a new field is covered without anyone
/// remembering), the topology's name, the layout, and the exact builds of the product and of the libraries
/// that shape the YAML. Two renders with one fingerprint write the same bytes, so an output root that still
/// holds the files of a render with this fingerprint needs no new one.
/// </summary>
/// <remarks>
/// Where a value was declared (<see cref="SourceLocation"/>) is left out: it goes into messages, never into
/// files, so moving a declaration down a line does not cost a render.
/// </remarks>
internal static class RenderFingerprint
{
    // The assemblies whose code decides the bytes: a rebuild of any of them with a change gets a new module id.
    private static readonly Assembly[] Builds =
    [
        typeof(RenderFingerprint).Assembly,
        typeof(Mesh).Assembly,
        typeof(Crds.Istio.Networking.V1.VirtualService).Assembly,
        typeof(k8s.Models.V1Deployment).Assembly,
        typeof(YamlDotNet.Core.Parser).Assembly,
        typeof(System.Text.Json.JsonSerializer).Assembly,
        typeof(object).Assembly,
    ];

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>The fingerprint of rendering <paramref name="mesh"/> as <paramref name="topologyName"/> for <paramref name="layout"/>, as hex.</summary>
    public static string Of(Mesh mesh, string topologyName, RenderLayout layout)
    {
        var hash = new BufferedHash();
        foreach (var build in Builds)
        {
            hash.Append(build.ManifestModule.ModuleVersionId.ToByteArray());
        }

        Add(hash, topologyName);
        Add(hash, layout.ManifestsFromKustomize);
        Walk(hash, mesh, depth: 0);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    private static void Walk(BufferedHash hash, object? value, int depth)
    {
        // Every value is tagged with its kind, and every sequence with its length, so no two different
        // topologies can feed the same bytes (a list of "ab" is not a list of "a", "b").
        switch (value)
        {
            case null:
                Tag(hash, 'n');
                return;
            case string text:
                Tag(hash, 's');
                Add(hash, text);
                return;
            case bool flag:
                Tag(hash, flag ? 'T' : 'F');
                return;
            case int or long or Enum:
                Tag(hash, value is Enum ? 'e' : 'i');
                var number = Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
                hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<long>(ref number)));
                return;
            case TimeSpan duration:
                Tag(hash, 't');
                var ticks = duration.Ticks;
                hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<long>(ref ticks)));
                return;
            case double fraction:
                Tag(hash, 'f');
                hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<double>(ref fraction)));
                return;
            case IDictionary dictionary:
                Tag(hash, 'd');
                Count(hash, dictionary.Count);
                foreach (DictionaryEntry entry in dictionary)
                {
                    Walk(hash, entry.Key, depth + 1);
                    Walk(hash, entry.Value, depth + 1);
                }

                return;
            case IEnumerable items:
                Tag(hash, 'l');
                var count = 0;
                foreach (var item in items)
                {
                    Walk(hash, item, depth + 1);
                    count++;
                }

                Count(hash, count);
                return;
        }

        var type = value.GetType();
        if (type.Namespace != typeof(Mesh).Namespace || depth > 64)
        {
            // A value the walk cannot read would make two different topologies look alike: refuse instead.
            throw new NotSupportedException($"The render fingerprint cannot read a {type.FullName}: teach RenderFingerprint that type.");
        }

        Tag(hash, 'r');
        Add(hash, type.FullName!);
        foreach (var property in Properties.GetOrAdd(type, Readable))
        {
            Walk(hash, property.GetValue(value), depth + 1);
        }
    }

    private static PropertyInfo[] Readable(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract" && p.PropertyType != typeof(SourceLocation))
            .OrderBy(p => p.Name, StringComparer.Ordinal)];

    private static void Tag(BufferedHash hash, char tag) => hash.Append((byte)tag);

    private static void Count(BufferedHash hash, int count) => hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(ref count)));

    private static void Add(BufferedHash hash, string text)
    {
        Count(hash, text.Length);
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    // XxHash128 hashes a stream: the same bytes handed over in larger pieces give the same digest, with one call
    // per few kilobytes instead of one per tag and value.
    private sealed class BufferedHash
    {
        private readonly XxHash128 _hash = new();
        private readonly byte[] _buffer = new byte[4096];
        private int _used;

        public void Append(byte value)
        {
            if (_used == _buffer.Length)
            {
                Flush();
            }

            _buffer[_used++] = value;
        }

        public void Append(ReadOnlySpan<byte> bytes)
        {
            if (bytes.Length > _buffer.Length - _used)
            {
                Flush();
                if (bytes.Length > _buffer.Length)
                {
                    _hash.Append(bytes);
                    return;
                }
            }

            bytes.CopyTo(_buffer.AsSpan(_used));
            _used += bytes.Length;
        }

        public byte[] GetCurrentHash()
        {
            Flush();
            return _hash.GetCurrentHash();
        }

        private void Flush()
        {
            _hash.Append(_buffer.AsSpan(0, _used));
            _used = 0;
        }
    }
}
