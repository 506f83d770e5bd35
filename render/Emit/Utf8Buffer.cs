using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Manifests.Render.Emit;

/// <summary>
/// A growable UTF-8 byte buffer, reused from one object to the next: the JSON serializer writes into it
/// (as an <see cref="IBufferWriter{T}"/>) and the YAML emitter appends to it, so no text goes through a
/// <see cref="string"/> on its way to a file.
/// </summary>
internal sealed class Utf8Buffer(int initialCapacity = 4096) : IBufferWriter<byte>
{
    private byte[] _bytes = new byte[initialCapacity];
    private int _length;

    public ReadOnlySpan<byte> WrittenSpan => _bytes.AsSpan(0, _length);

    public ReadOnlyMemory<byte> WrittenMemory => _bytes.AsMemory(0, _length);

    /// <summary>How many bytes are written.</summary>
    public int Length => _length;

    public void Clear() => _length = 0;

    /// <summary>Forgets what was written after the first <paramref name="length"/> bytes.</summary>
    public void Truncate(int length) => _length = length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(byte value)
    {
        if (_length == _bytes.Length)
        {
            Grow(1);
        }

        _bytes[_length++] = value;
    }

    public void Append(ReadOnlySpan<byte> value)
    {
        if (_bytes.Length - _length < value.Length)
        {
            Grow(value.Length);
        }

        value.CopyTo(_bytes.AsSpan(_length));
        _length += value.Length;
    }

    /// <summary>Appends <paramref name="value"/> encoded as UTF-8 (a lone surrogate would become U+FFFD, but callers escape those first).</summary>
    public void Append(ReadOnlySpan<char> value)
    {
        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_bytes.Length - _length < most)
        {
            Grow(most);
        }

        _length += Encoding.UTF8.GetBytes(value, _bytes.AsSpan(_length));
    }

    public void AppendSpaces(int count)
    {
        if (_bytes.Length - _length < count)
        {
            Grow(count);
        }

        _bytes.AsSpan(_length, count).Fill((byte)' ');
        _length += count;
    }

    void IBufferWriter<byte>.Advance(int count) => _length += count;

    Memory<byte> IBufferWriter<byte>.GetMemory(int sizeHint)
    {
        Reserve(sizeHint);
        return _bytes.AsMemory(_length);
    }

    Span<byte> IBufferWriter<byte>.GetSpan(int sizeHint)
    {
        Reserve(sizeHint);
        return _bytes.AsSpan(_length);
    }

    private void Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 256);
        if (_bytes.Length - _length < needed)
        {
            Grow(needed);
        }
    }

    private void Grow(int needed) => Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + needed));
}
