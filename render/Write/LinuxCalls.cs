using System.Runtime.InteropServices;

namespace Manifests.Render.Write;

/// <summary>
/// The flags and calls of Linux's C library that the writer's file and folder code share (Linux's values: they
/// differ on macOS and the BSDs, which take the portable path). Each class adds the calls only it makes.
/// </summary>
internal static partial class LinuxCalls
{
    public const int ReadOnly = 0x0;
    public const int NoFollow = 0x20000;
    public const int CloseOnExec = 0x80000;

    /// <summary>"Relative to no folder handle": the path given is taken as it is.</summary>
    public const int AtFdCwd = -100;

    /// <summary>EINTR: the call was interrupted by a signal and is simply made again.</summary>
    public const int Interrupted = 4;

    [LibraryImport("libc", EntryPoint = "openat", SetLastError = true)]
    public static partial int OpenAt(int folder, ReadOnlySpan<byte> name, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);
}
