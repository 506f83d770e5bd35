namespace Manifests.Testing;

/// <summary>A folder of its own for one test, removed afterwards; on tmpfs when asked and the machine has one, for tests that write thousands of files.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>Creates <c>manifests-&lt;purpose&gt;-&lt;random&gt;</c> in the system's temp folder, or in /dev/shm when <paramref name="preferMemory"/>.</summary>
    public TempFolder(string purpose, bool preferMemory = false)
    {
        var parent = preferMemory && Directory.Exists("/dev/shm") ? "/dev/shm" : System.IO.Path.GetTempPath();
        Path = System.IO.Path.Combine(parent, $"manifests-{purpose}-{Guid.NewGuid().ToString("N")[..12]}");
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>A path inside the folder; parts may use '/' separators.</summary>
    public string Combine(params string[] parts) =>
        System.IO.Path.Combine([Path, .. parts.Select(part => part.Replace('/', System.IO.Path.DirectorySeparatorChar))]);

    /// <summary>Writes a file (creating its folders) and returns its path.</summary>
    public string Write(string relative, string content)
    {
        var path = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process that is still closing may hold a file; the system cleans temp folders and no result depends on it.
        }
    }
}
