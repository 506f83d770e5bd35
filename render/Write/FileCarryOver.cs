using System.Runtime.InteropServices;
using System.Text;

namespace Manifests.Render.Write;

/// <summary>
/// Brings an unchanged file from the old tree into the new one without rewriting it: a hard link
/// where the system has them (same inode, same modification time), a copy that keeps the time otherwise.
/// A symbolic link is carried as a link (Linux's link() does not follow it), never as a copy of its target.
/// </summary>
internal static partial class FileCarryOver
{
    /// <summary>Puts the file <paramref name="name"/> of folder <paramref name="from"/> into folder <paramref name="to"/>, under the same name.</summary>
    public static void Carry(Folder from, Folder to, ReadOnlySpan<char> name)
    {
        if (OperatingSystem.IsLinux() && from.Handle >= 0 && to.Handle >= 0)
        {
            Span<byte> buffer = stackalloc byte[Encoding.UTF8.GetMaxByteCount(name.Length) + 1];
            var utf8Name = FolderCalls.NullTerminated(name, buffer);
            if (LinkAt(from.Handle, utf8Name, to.Handle, utf8Name, 0) == 0)
            {
                return;
            }
        }

        Carry(Path.Join(from.Path, name), Path.Join(to.Path, name));
    }

    /// <summary>Puts <paramref name="existing"/> at <paramref name="destination"/>, whose folder must exist.</summary>
    public static void Carry(string existing, string destination)
    {
        if (!OperatingSystem.IsWindows() && TryLink(existing, destination))
        {
            return;
        }

        if (new FileInfo(existing).LinkTarget is { } target)
        {
            File.CreateSymbolicLink(destination, target);
            return;
        }

        File.Copy(existing, destination);
        File.SetLastWriteTimeUtc(destination, File.GetLastWriteTimeUtc(existing));
    }

    private static bool TryLink(string existing, string destination)
    {
        try
        {
            return Link(existing, destination) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    // Flags 0: a link is linked as itself, not followed.
    [LibraryImport("libc", EntryPoint = "linkat", SetLastError = true)]
    private static partial int LinkAt(int fromFolder, ReadOnlySpan<byte> fromName, int toFolder, ReadOnlySpan<byte> toName, int flags);

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string destination);
}
