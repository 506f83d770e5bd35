using System.Runtime.InteropServices;

using static Manifests.Render.Write.LinuxCalls;

namespace Manifests.Render.Write;

/// <summary>
/// Puts a finished folder in place of the current one. On Linux the two are exchanged in one
/// atomic <c>renameat2(RENAME_EXCHANGE)</c>, so a reader or a crash sees the old tree or the new one,
/// never neither. Elsewhere two renames are used, and <see cref="Recover"/> repairs the one gap.
/// </summary>
internal static partial class DirectorySwap
{
    private const uint RenameExchange = 2;

    /// <summary>Replaces <paramref name="current"/> by <paramref name="next"/>; the old tree ends up at <paramref name="next"/>.</summary>
    public static void Exchange(string next, string current)
    {
        if (!Directory.Exists(current))
        {
            Directory.Move(next, current);
            return;
        }

        if (OperatingSystem.IsLinux() && TryExchangeAtomically(next, current))
        {
            return;
        }

        var previous = PreviousPath(current);
        Directory.Move(current, previous);
        Directory.Move(next, current);
        Directory.Move(previous, next);
    }

    /// <summary>Repairs a non-atomic swap that was interrupted: restores the old tree, or drops it once the new one is in place.</summary>
    public static void Recover(string current)
    {
        var previous = PreviousPath(current);
        if (!Directory.Exists(previous))
        {
            return;
        }

        if (Directory.Exists(current))
        {
            // Interrupted after the new tree moved in: the left-over old tree would block the next swap.
            Directory.Delete(previous, recursive: true);
        }
        else
        {
            Directory.Move(previous, current);
        }
    }

    public static string PreviousPath(string current) =>
        Path.Combine(Path.GetDirectoryName(current)!, "." + Path.GetFileName(current) + ".prev");

    private static bool TryExchangeAtomically(string next, string current)
    {
        try
        {
            return RenameAt2(AtFdCwd, next, AtFdCwd, current, RenameExchange) == 0;
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

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);
}
