using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

using static Manifests.Render.Write.LinuxCalls;

namespace Manifests.Render.Write;

/// <summary>
/// Creates a small file or compares one with expected bytes in the fewest system calls: on Linux
/// open, write (or read) and close, three calls, the open relative to the folder's open handle so the
/// kernel looks up one name, not the whole path. .NET's <see cref="FileStream"/> and even
/// <see cref="File.OpenHandle"/> add an <c>flock</c> pair (and <c>fstat</c>s) per file to emulate Windows
/// sharing, which at tens of thousands of files is most of the time. Nothing here needs that emulation:
/// files are only created inside a private <c>.next</c> tree, and compared files are read once.
/// Safe to call from several threads at once.
/// </summary>
internal static partial class FileBytes
{
    // Linux's values, beside the shared ones in LinuxCalls.
    private const int WriteOnly = 0x1;
    private const int Create = 0x40;
    private const int Exclusive = 0x80;
    private const int NonBlocking = 0x800;

    /// <summary>Creates <paramref name="name"/> in <paramref name="folder"/>; it must not exist (a link there is not followed).</summary>
    public static void CreateNew(Folder folder, ReadOnlySpan<char> name, ReadOnlySpan<byte> bytes)
    {
        if (!OperatingSystem.IsLinux())
        {
            using var handle = File.OpenHandle(Path.Join(folder.Path, name), FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(handle, bytes, 0);
            return;
        }

        Span<byte> buffer = stackalloc byte[Encoding.UTF8.GetMaxByteCount(name.Length) + 1];
        var utf8Name = FolderCalls.NullTerminated(name, buffer);
        int fd;
        while ((fd = OpenAt(folder.Handle, utf8Name, WriteOnly | Create | Exclusive | CloseOnExec, 0x1B6 /* 0666 less the umask, as .NET creates files */)) < 0)
        {
            if (Marshal.GetLastPInvokeError() != Interrupted)
            {
                throw Failure("open", folder, name);
            }
        }

        try
        {
            while (!bytes.IsEmpty)
            {
                var written = Write(fd, bytes, bytes.Length);
                if (written < 0)
                {
                    if (Marshal.GetLastPInvokeError() == Interrupted)
                    {
                        continue;
                    }

                    throw Failure("write", folder, name);
                }

                bytes = bytes[(int)written..];
            }
        }
        finally
        {
            Close(fd);
        }
    }

    /// <summary>True when <paramref name="name"/> in <paramref name="folder"/> is a file (not a link) holding exactly <paramref name="expected"/>.</summary>
    public static bool HasContent(Folder folder, ReadOnlySpan<char> name, ReadOnlySpan<byte> expected)
    {
        // One byte more than expected is asked for, so a longer file shows without a stat.
        var buffer = ArrayPool<byte>.Shared.Rent(expected.Length + 1);
        try
        {
            var length = ReadUpTo(folder, name, buffer.AsSpan(0, expected.Length + 1));
            return length == expected.Length && buffer.AsSpan(0, length).SequenceEqual(expected);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The hash, as <see cref="RenderRecord"/> lists it, of the plain file at <paramref name="path"/>; null when there is none
    /// there (missing, a folder, or a link, which is never followed).
    /// </summary>
    public static string? HashOfRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            var info = new FileInfo(path);
            return info.Exists && info.LinkTarget is null ? RenderRecord.Hash(File.ReadAllBytes(path)) : null;
        }

        // The path is absolute, so relative to no folder handle. Non-blocking, so a pipe put there cannot hang the read.
        Span<byte> utf8Path = stackalloc byte[Encoding.UTF8.GetMaxByteCount(path.Length) + 1];
        var fd = OpenAt(AtFdCwd, FolderCalls.NullTerminated(path, utf8Path), ReadOnly | NoFollow | NonBlocking | CloseOnExec, 0);
        if (fd < 0)
        {
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var hash = new System.IO.Hashing.XxHash128();
            while (true)
            {
                var read = Read(fd, buffer, buffer.Length);
                if (read < 0 && Marshal.GetLastPInvokeError() == Interrupted)
                {
                    continue;
                }

                if (read < 0)
                {
                    // A folder opens but cannot be read.
                    return null;
                }

                if (read == 0)
                {
                    return Convert.ToHexStringLower(hash.GetCurrentHash());
                }

                hash.Append(buffer.AsSpan(0, (int)read));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            Close(fd);
        }
    }

    /// <summary>
    /// Removes <paramref name="name"/> through the folder's open handle, so from that folder wherever it has been moved
    /// since; false when there is no handle (not Linux) or no such file.
    /// </summary>
    public static bool TryDelete(Folder folder, ReadOnlySpan<char> name)
    {
        if (!OperatingSystem.IsLinux() || folder.Handle < 0)
        {
            return false;
        }

        Span<byte> buffer = stackalloc byte[Encoding.UTF8.GetMaxByteCount(name.Length) + 1];
        return UnlinkAt(folder.Handle, FolderCalls.NullTerminated(name, buffer), 0) == 0;
    }

    // Reads until the buffer is full or the file ends; -1 when the file cannot be opened.
    private static int ReadUpTo(Folder folder, ReadOnlySpan<char> name, Span<byte> buffer)
    {
        if (!OperatingSystem.IsLinux())
        {
            try
            {
                var path = Path.Join(folder.Path, name);
                if (new FileInfo(path).LinkTarget is not null)
                {
                    return -1;
                }

                using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                var total = 0;
                int read;
                while (total < buffer.Length && (read = RandomAccess.Read(handle, buffer[total..], total)) > 0)
                {
                    total += read;
                }

                return total;
            }
            catch (IOException)
            {
                return -1;
            }
            catch (UnauthorizedAccessException)
            {
                return -1;
            }
        }

        if (folder.Handle < 0)
        {
            return -1;
        }

        // Never through a link, and never waiting on a pipe a user left at a generated file's path.
        Span<byte> utf8Name = stackalloc byte[Encoding.UTF8.GetMaxByteCount(name.Length) + 1];
        int fd;
        while ((fd = OpenAt(folder.Handle, FolderCalls.NullTerminated(name, utf8Name), ReadOnly | NoFollow | NonBlocking | CloseOnExec, 0)) < 0)
        {
            if (Marshal.GetLastPInvokeError() != Interrupted)
            {
                return -1;
            }
        }

        try
        {
            var total = 0;
            while (total < buffer.Length)
            {
                var read = Read(fd, buffer[total..], buffer.Length - total);
                if (read < 0 && Marshal.GetLastPInvokeError() == Interrupted)
                {
                    continue;
                }

                if (read <= 0)
                {
                    return read < 0 ? -1 : total;
                }

                total += (int)read;
            }

            return total;
        }
        finally
        {
            Close(fd);
        }
    }

    private static IOException Failure(string call, Folder folder, ReadOnlySpan<char> name)
    {
        var errno = Marshal.GetLastPInvokeError();
        return new IOException($"{call} '{Path.Join(folder.Path, name)}' failed: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).", errno);
    }

    [LibraryImport("libc", EntryPoint = "unlinkat", SetLastError = true)]
    private static partial int UnlinkAt(int folder, ReadOnlySpan<byte> name, int flags);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint Write(int fd, ReadOnlySpan<byte> buffer, nint count);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint Read(int fd, Span<byte> buffer, nint count);
}
