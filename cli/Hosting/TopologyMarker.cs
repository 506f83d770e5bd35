using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Manifests.Model;

namespace Manifests.Cli.Hosting;

/// <summary>
/// Whether an assembly declares a <see cref="TopologyAttribute"/> class, read from its metadata without loading it:
/// the build's render step asks this first, so a library of services beside the topology builds and renders nothing.
/// </summary>
internal static class TopologyMarker
{
    /// <summary>True when some type of <paramref name="assemblyPath"/> carries <c>[Topology]</c>.</summary>
    public static bool Declares(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var image = new PEReader(stream);
        if (!image.HasMetadata)
        {
            return false;
        }

        var reader = image.GetMetadataReader();
        return reader.TypeDefinitions
            .SelectMany(type => reader.GetTypeDefinition(type).GetCustomAttributes())
            .Any(attribute => IsTopologyAttribute(reader, AttributeType(reader, reader.GetCustomAttribute(attribute).Constructor)));
    }

    private static EntityHandle AttributeType(MetadataReader reader, EntityHandle constructor) => constructor.Kind switch
    {
        HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)constructor).Parent,
        HandleKind.MethodDefinition => reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType(),
        _ => default,
    };

    private static bool IsTopologyAttribute(MetadataReader reader, EntityHandle type) => type.Kind switch
    {
        HandleKind.TypeReference => Named(reader, reader.GetTypeReference((TypeReferenceHandle)type).Namespace, reader.GetTypeReference((TypeReferenceHandle)type).Name),
        HandleKind.TypeDefinition => Named(reader, reader.GetTypeDefinition((TypeDefinitionHandle)type).Namespace, reader.GetTypeDefinition((TypeDefinitionHandle)type).Name),
        _ => false,
    };

    private static bool Named(MetadataReader reader, StringHandle space, StringHandle name) =>
        reader.StringComparer.Equals(space, typeof(TopologyAttribute).Namespace!) && reader.StringComparer.Equals(name, nameof(TopologyAttribute));
}
