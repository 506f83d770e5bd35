namespace Manifests.Render.Write;

/// <summary>
/// One writer per output root at a time: two builds rendering into one folder would otherwise share
/// its scratch tree. An advisory lock on a file beside the root, released by the system when the
/// process ends however it ends, so a killed render never leaves the folder locked.
/// </summary>
internal static class OutputLock
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public static FileStream Acquire(string root)
    {
        var path = Path.Combine(Path.GetDirectoryName(root)!, "." + Path.GetFileName(root) + ".lock");
        var waited = TimeSpan.Zero;
        var pause = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited < Patience && File.Exists(path))
            {
                Thread.Sleep(pause);
                waited += pause;
            }
        }
    }
}
