using System.Buffers;
using System.Runtime.InteropServices;

namespace Manifests.Render.Write;

/// <summary>
/// Creates a small file or compares one with expected bytes in the fewest system calls: on Linux
/// open, write (or read) and close, three calls. .NET's <see cref="FileStream"/> and even
/// <see cref="File.OpenHandle"/> add an <c>flock</c> pair (and <c>fstat</c>s) per file to emulate Windows
/// sharing, which at tens of thousands of files is most of the time. Nothing here needs that emulation:
/// files are only created inside a private <c>.next</c> tree, and compared files are read once.
/// </summary>
internal static partial class FileBytes
{
    // Linux's values (they differ on macOS and the BSDs, which take the portable path).
    private const int ReadOnly = 0x0;
    private const int WriteOnly = 0x1;
    private const int Create = 0x40;
    private const int Exclusive = 0x80;
    private const int CloseOnExec = 0x80000;
    private const int NoFollow = 0x20000;
    private const int Interrupted = 4;

    /// <summary>Creates <paramref name="path"/>, which must not exist, holding exactly <paramref name="bytes"/>.</summary>
    public static void CreateNew(string path, ReadOnlySpan<byte> bytes)
    {
        if (!OperatingSystem.IsLinux())
        {
            using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(handle, bytes, 0);
            return;
        }

        int fd;
        while ((fd = Open(path, WriteOnly | Create | Exclusive | CloseOnExec, 0x1B6 /* 0666 less the umask, as .NET creates files */)) < 0)
        {
            if (Marshal.GetLastPInvokeError() != Interrupted)
            {
                throw Failure("open", path);
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

                    throw Failure("write", path);
                }

                bytes = bytes[(int)written..];
            }
        }
        finally
        {
            Close(fd);
        }
    }

    /// <summary>True when <paramref name="path"/> exists and holds exactly <paramref name="expected"/>.</summary>
    public static bool HasContent(string path, ReadOnlySpan<byte> expected)
    {
        // One byte more than expected is asked for, so a longer file shows without a stat.
        var buffer = ArrayPool<byte>.Shared.Rent(expected.Length + 1);
        try
        {
            var length = ReadUpTo(path, buffer.AsSpan(0, expected.Length + 1));
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

        var fd = Open(path, ReadOnly | CloseOnExec | NoFollow, 0);
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

    // Reads until the buffer is full or the file ends; -1 when the file cannot be opened.
    private static int ReadUpTo(string path, Span<byte> buffer)
    {
        if (!OperatingSystem.IsLinux())
        {
            try
            {
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

        var fd = Open(path, ReadOnly | CloseOnExec, 0);
        if (fd < 0)
        {
            return -1;
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

    private static IOException Failure(string call, string path)
    {
        var errno = Marshal.GetLastPInvokeError();
        return new IOException($"{call} '{path}' failed: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).", errno);
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint Write(int fd, ReadOnlySpan<byte> buffer, nint count);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint Read(int fd, Span<byte> buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
