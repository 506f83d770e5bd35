using System.Runtime.InteropServices;
using System.Text;

using static Manifests.Render.Write.LinuxCalls;

namespace Manifests.Render.Write;

/// <summary>
/// Linux's calls on open folders: open one below another without following a link, list one with each
/// entry's type from the listing itself (d_type), create one. A file reached through its folder's handle
/// costs the kernel one name lookup instead of a walk of the whole path, and no path string is built.
/// </summary>
internal static unsafe partial class FolderCalls
{
    /// <summary>What a folder entry is, as the listing says.</summary>
    public enum EntryKind
    {
        /// <summary>The listing did not say (some file systems): ask the entry itself.</summary>
        Unknown,

        /// <summary>A folder, not a link to one.</summary>
        Folder,

        /// <summary>A symbolic link, whatever it points to.</summary>
        Link,

        /// <summary>A file, or another kind of node that is not a folder or a link.</summary>
        File,
    }

    /// <summary>Called with each entry's name, as the UTF-8 bytes the system holds, and its kind.</summary>
    public delegate void EntryHandler(ReadOnlySpan<byte> name, EntryKind kind);

    private const int Directory = 0x10000;
    private const int AlreadyExists = 17;
    private const byte TypeUnknown = 0;
    private const byte TypeDirectory = 4;
    private const byte TypeLink = 10;

    // struct dirent (64-bit glibc and musl): d_ino (8), d_off (8), d_reclen (2), d_type (1), d_name.
    private const int TypeOffset = 18;
    private const int NameOffset = 19;

    /// <summary>Opens <paramref name="path"/> (absolute; a link there is followed, as for any path the user names).</summary>
    public static int OpenRoot(string path)
    {
        int fd;
        while ((fd = Open(path, ReadOnly | Directory | CloseOnExec)) < 0)
        {
            if (Marshal.GetLastPInvokeError() != Interrupted)
            {
                throw Failure("open", path);
            }
        }

        return fd;
    }

    /// <summary>
    /// Opens the folder <paramref name="name"/> (one segment) inside <paramref name="parent"/>, never through a link;
    /// -1 when there is no such folder, or a link or a file stands there.
    /// </summary>
    public static int OpenBelow(int parent, ReadOnlySpan<char> name)
    {
        Span<byte> utf8 = stackalloc byte[Encoding.UTF8.GetMaxByteCount(name.Length) + 1];
        var bytes = NullTerminated(name, utf8);
        int fd;
        while ((fd = OpenAt(parent, bytes, ReadOnly | Directory | NoFollow | CloseOnExec, 0)) < 0)
        {
            if (Marshal.GetLastPInvokeError() != Interrupted)
            {
                return -1;
            }
        }

        return fd;
    }

    /// <summary>Creates the folder <paramref name="name"/> inside <paramref name="parent"/> unless it exists.</summary>
    public static void Create(int parent, ReadOnlySpan<char> name, string pathForErrors)
    {
        Span<byte> utf8 = stackalloc byte[Encoding.UTF8.GetMaxByteCount(name.Length) + 1];
        if (MakeDirectoryAt(parent, NullTerminated(name, utf8), 0x1FF /* 0777 less the umask, as .NET creates folders */) != 0 &&
            Marshal.GetLastPInvokeError() != AlreadyExists)
        {
            throw Failure("mkdir", pathForErrors);
        }
    }

    /// <summary>
    /// Every entry of the open folder <paramref name="fd"/> but '.' and '..', with its kind; <paramref name="fd"/> stays open.
    /// </summary>
    public static void List(int fd, string pathForErrors, EntryHandler entry)
    {
        // fdopendir takes the handle it is given and closedir closes it, so it gets its own copy.
        var copy = Duplicate(fd);
        var stream = copy < 0 ? 0 : FdOpenDir(copy);
        if (stream == 0)
        {
            var failure = Failure("opendir", pathForErrors);
            if (copy >= 0)
            {
                Close(copy);
            }

            throw failure;
        }

        try
        {
            // The copy shares its position with the original: start from the first entry whoever listed before.
            RewindDir(stream);
            while (true)
            {
                var record = ReadDir(stream);
                if (record == null)
                {
                    if (Marshal.GetLastPInvokeError() is var errno and not 0)
                    {
                        throw new IOException($"readdir '{pathForErrors}' failed: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).", errno);
                    }

                    return;
                }

                var name = MemoryMarshal.CreateReadOnlySpanFromNullTerminated(record + NameOffset);
                if (name.SequenceEqual("."u8) || name.SequenceEqual(".."u8))
                {
                    continue;
                }

                entry(name, record[TypeOffset] switch
                {
                    TypeUnknown => EntryKind.Unknown,
                    TypeDirectory => EntryKind.Folder,
                    TypeLink => EntryKind.Link,
                    _ => EntryKind.File,
                });
            }
        }
        finally
        {
            CloseDir(stream);
        }
    }

    /// <summary>Closes a handle from <see cref="OpenRoot"/> or <see cref="OpenBelow"/>.</summary>
    public static void CloseFolder(int fd) => Close(fd);

    /// <summary>The UTF-8 bytes of <paramref name="name"/> and a terminating NUL, in <paramref name="buffer"/>.</summary>
    public static ReadOnlySpan<byte> NullTerminated(ReadOnlySpan<char> name, Span<byte> buffer)
    {
        var length = Encoding.UTF8.GetBytes(name, buffer);
        buffer[length] = 0;
        return buffer[..(length + 1)];
    }

    private static IOException Failure(string call, string path)
    {
        var errno = Marshal.GetLastPInvokeError();
        return new IOException($"{call} '{path}' failed: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).", errno);
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "mkdirat", SetLastError = true)]
    private static partial int MakeDirectoryAt(int directory, ReadOnlySpan<byte> name, int mode);

    [LibraryImport("libc", EntryPoint = "dup", SetLastError = true)]
    private static partial int Duplicate(int fd);

    [LibraryImport("libc", EntryPoint = "fdopendir", SetLastError = true)]
    private static partial nint FdOpenDir(int fd);

    [LibraryImport("libc", EntryPoint = "readdir", SetLastError = true)]
    private static partial byte* ReadDir(nint stream);

    [LibraryImport("libc", EntryPoint = "rewinddir")]
    private static partial void RewindDir(nint stream);

    [LibraryImport("libc", EntryPoint = "closedir", SetLastError = true)]
    private static partial int CloseDir(nint stream);
}
