using System;
using System.Collections.Generic;
using System.Text;

namespace Manifests.Render.Emit;

/// <summary>Records the keys of every mapping in the order they are written, by path (<c>spec.template.metadata</c>, <c>items[0]</c>).</summary>
internal sealed class KeyOrderSink : IObjectSink
{
    private readonly Stack<string> paths = new();
    private readonly Stack<int> sequenceIndexes = new();
    private string? pendingKey;

    public Dictionary<string, List<string>> KeysByPath { get; } = new(StringComparer.Ordinal);

    public void BeginMapping()
    {
        string path = NextPath();
        paths.Push(path);
        KeysByPath[path] = [];
    }

    public void EndMapping() => paths.Pop();

    public void BeginSequence()
    {
        paths.Push(NextPath());
        sequenceIndexes.Push(0);
    }

    public void EndSequence()
    {
        paths.Pop();
        sequenceIndexes.Pop();
    }

    public void Key(ReadOnlySpan<byte> utf8Name) => Key(Encoding.UTF8.GetString(utf8Name));

    public void Key(string name)
    {
        KeysByPath[paths.Peek()].Add(name);
        pendingKey = name;
    }

    public void String(string value) => NextPath();

    public void Utf8String(ReadOnlySpan<byte> value) => NextPath();

    public void Number(long value) => NextPath();

    public void Number(ulong value) => NextPath();

    public void Number(double value) => NextPath();

    public void Boolean(bool value) => NextPath();

    public void Null() => NextPath();

    public void Converted(object value, Type declaredType) => NextPath();

    /// <summary>The path of the value being written: the parent's path and its key, or its index in the sequence.</summary>
    private string NextPath()
    {
        if (paths.Count == 0)
        {
            return "";
        }

        string parent = paths.Peek();
        if (pendingKey is { } key)
        {
            pendingKey = null;
            return parent.Length == 0 ? key : parent + "." + key;
        }

        int index = sequenceIndexes.Pop();
        sequenceIndexes.Push(index + 1);
        return parent + "[" + index + "]";
    }
}
