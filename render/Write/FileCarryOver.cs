using System.Runtime.InteropServices;

namespace Manifests.Render.Write;

/// <summary>
/// Brings an unchanged file from the old tree into the new one without rewriting it: a hard link
/// where the system has them (same inode, same modification time), a copy that keeps the time otherwise.
/// A symbolic link is carried as a link (Linux's link() does not follow it), never as a copy of its target.
/// </summary>
internal static partial class FileCarryOver
{
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

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string destination);
}
