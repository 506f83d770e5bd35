namespace Manifests.Generator.Writers;

/// <summary>Names of <see cref="ObjectWriterGenerator"/>'s steps, so tests can see that an unrelated edit leaves them cached.</summary>
public static class ObjectWriterTrackingNames
{
    /// <summary>Reads one <c>[ObjectWriters]</c> class and the types reachable from its roots into a spec.</summary>
    public const string ObjectWritersParse = nameof(ObjectWritersParse);

    /// <summary>Writes the class's C# from its spec.</summary>
    public const string ObjectWritersEmit = nameof(ObjectWritersEmit);
}
