namespace Manifests.Reliability.Tests.Support;

/// <summary>A fresh folder for one test, removed afterwards; on tmpfs when the machine has one, since the tests write thousands of files.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public ScratchFolder(bool preferMemory = false)
    {
        var parent = preferMemory && Directory.Exists("/dev/shm") ? "/dev/shm" : System.IO.Path.GetTempPath();
        Path = System.IO.Path.Combine(parent, "manifests-reliability-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp cleaner; a test result never depends on it.
        }
    }
}
