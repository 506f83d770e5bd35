using System.Runtime.InteropServices;
using System.Text;

namespace Manifests.Render.Write;

/// <summary>
/// A render that changes one file's content and nothing else (same files, same ledger) is put in place by a
/// single <c>rename</c> of a new file over the old one: atomic like the swap of a whole tree (a reader or a
/// crash sees the old file or the new one), without linking every other file into a new tree and deleting the
/// old tree after. The new file is written first in the private scratch folder beside the root, so a crash
/// leaves nothing inside the root; the next render deletes that folder.
/// </summary>
internal static partial class FileReplace
{
    /// <summary>
    /// Replaces <paramref name="name"/> in <paramref name="folder"/> (of the live tree) by a file holding
    /// <paramref name="bytes"/>, staged in <paramref name="scratch"/>, which must not exist; false when it could not
    /// (not Linux, the folder is not open, or the system refuses the rename), and then nothing changed.
    /// </summary>
    public static bool TryReplace(Folder folder, ReadOnlySpan<char> name, ReadOnlySpan<byte> bytes, string scratch)
    {
        if (!OperatingSystem.IsLinux() || folder.Handle < 0)
        {
            return false;
        }

        Directory.CreateDirectory(scratch);
        try
        {
            using var staging = OpenFolders.Open(scratch, [""]);
            var staged = staging.Folders[0];
            FileBytes.CreateNew(staged, name, bytes);
            Span<byte> buffer = stackalloc byte[Encoding.UTF8.GetMaxByteCount(name.Length) + 1];
            var utf8Name = FolderCalls.NullTerminated(name, buffer);
            return RenameAt(staged.Handle, utf8Name, folder.Handle, utf8Name) == 0;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat", SetLastError = true)]
    private static partial int RenameAt(int fromFolder, ReadOnlySpan<byte> fromName, int toFolder, ReadOnlySpan<byte> toName);
}
