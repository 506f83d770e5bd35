using System.Reflection;
using Manifests.Diagnostics.Tests.Infrastructure;
using Manifests.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.Diagnostics.Tests.Parsing;

/// <summary>
/// Every public property of the model is either read into facts by the generator's syntax reader (it names it with
/// <c>nameof</c>) or listed here as not a fact, with the reason. A property added to the model fails this test until
/// someone decides which it is, so the rules cannot silently miss a new value.
/// </summary>
public sealed class ModelCoverageTests
{
    private static readonly string ReaderFolder = Path.Combine("generator", "Topology", "Reading");

    // Type.Property → why the generator's reader leaves it out of the facts.
    private static readonly Dictionary<string, string> NotFacts = new(StringComparer.Ordinal)
    {
        ["Mesh.Source"] = "where a declaration is comes from its syntax span, not from a value",
        ["Mesh.NetworkingApiVersion"] = "no topology rule reads the API version; it only chooses apiVersion in the output",
        ["Mesh.ControlPlane"] = "where mesh objects are applied; no topology rule reads it",
        ["Mesh.ArgoCd"] = "delivery settings; no topology rule reads them",
        ["Mesh.Security"] = "security policies are checked by the render on resolved values (SecurityChecks)",
        ["Mesh.NamespaceSecurity"] = "security policies are checked by the render on resolved values (SecurityChecks)",
        ["Cluster.Source"] = "where a declaration is comes from its syntax span, not from a value",
        ["Cluster.Context"] = "a kubeconfig context for the apply stage; no topology rule reads it",
        ["Cluster.ApiServer"] = "an Argo CD destination; no topology rule reads it",
        ["ControlPlane.Context"] = "a kubeconfig context for the apply stage; no topology rule reads it",
        ["ControlPlane.ApiServer"] = "an Argo CD destination; no topology rule reads it",
        ["Service.Source"] = "where a declaration is comes from its syntax span, not from a value",
        ["Service.ServiceAccount"] = "an object name the validator checks on the rendered ServiceAccount",
        ["Service.ServiceAccountName"] = "computed from ServiceAccount and Name",
        ["Service.Labels"] = "checked on the rendered objects (MESH025) and as declared text by the render",
        ["Service.Annotations"] = "checked on the rendered objects (MESH025) and as declared text by the render",
        ["Service.Security"] = "security policies are checked by the render on resolved values (SecurityChecks)",
        ["ServicePort.Protocol"] = "no topology rule reads the transport protocol",
        ["ServicePort.EffectiveTargetPort"] = "computed from TargetPort and Number, which are read",
        ["ServiceVersion.Source"] = "where a declaration is comes from its syntax span, not from a value",
        ["ServiceVersion.ImagePullPolicy"] = "an enum: every value is valid",
        ["ServiceVersion.Labels"] = "checked on the rendered objects (MESH025) and as declared text by the render",
        ["ServiceVersion.Resources"] = "quantities and required resources are checked by the render (MESH025, MESH028)",
        ["ServiceVersion.Volumes"] = "paths and Secret names are checked on the rendered Deployment (MESH025)",
        ["VersionVolumes.WritablePaths"] = "checked on the rendered Deployment (MESH025)",
        ["VersionVolumes.Secrets"] = "checked on the rendered Deployment (MESH025)",
        ["SecretVolume.SecretName"] = "checked on the rendered Deployment (MESH025)",
        ["SecretVolume.MountPath"] = "checked on the rendered Deployment (MESH025)",
        ["EnvironmentVariable.Value"] = "a literal is told by its factory (EnvironmentVariable.Literal), never by its value",
        ["EnvironmentVariable.Secret"] = "a reference to a Secret is always fine",
        ["SecretKeyReference.SecretName"] = "a reference to a Secret is always fine",
        ["SecretKeyReference.Key"] = "a reference to a Secret is always fine",
        ["ComputeResources.CpuRequest"] = "quantities are checked by the render (MESH025)",
        ["ComputeResources.MemoryRequest"] = "quantities are checked by the render (MESH025)",
        ["ComputeResources.CpuLimit"] = "quantities are checked by the render (MESH025)",
        ["ComputeResources.MemoryLimit"] = "quantities are checked by the render (MESH025)",
        ["SecurityPolicy.RestrictedPodSecurity"] = "security policies are checked by the render on resolved values (SecurityChecks)",
        ["SecurityPolicy.ReadOnlyRootFilesystem"] = "security policies are checked by the render on resolved values (SecurityChecks)",
        ["SecurityPolicy.AutomountServiceAccountToken"] = "security policies are checked by the render on resolved values (SecurityChecks)",
        ["SecurityPolicy.RequireResources"] = "security policies are checked by the render on resolved values (SecurityChecks)",
        ["SecurityPolicy.DefaultResources"] = "security policies are checked by the render on resolved values (SecurityChecks)",
        ["SecurityPolicy.RunAsUser"] = "security policies are checked by the render on resolved values (SecurityChecks)",
        ["IngressGateway.Source"] = "where a declaration is comes from its syntax span, not from a value",
        ["IngressGateway.ManagedByAsm"] = "a flag: both values are valid",
        ["IngressGateway.GatewayType"] = "an enum: every value is valid",
        ["IngressGateway.ExternalTrafficPolicy"] = "an enum: every value is valid",
        ["IngressGateway.ServiceType"] = "an enum: every value is valid",
        ["IngressGateway.Resources"] = "quantities are checked on the rendered IstioGateway (MESH026)",
        ["IngressGateway.Pods"] = "checked on the rendered IstioGateway against its CRD (MESH026)",
        ["IngressGateway.Rollout"] = "checked on the rendered IstioGateway against its CRD (MESH026)",
        ["GatewayPods.Replicas"] = "checked on the rendered IstioGateway against its CRD (MESH026)",
        ["GatewayPods.RunAsRoot"] = "a flag: both values are valid",
        ["GatewayPods.HostNetwork"] = "a flag: both values are valid",
        ["GatewayPods.DnsPolicy"] = "an enum: every value is valid",
        ["GatewayRollout.MaxSurge"] = "checked on the rendered IstioGateway against its CRD (MESH026)",
        ["GatewayRollout.MaxUnavailable"] = "checked on the rendered IstioGateway against its CRD (MESH026)",
        ["GatewayPort.Name"] = "checked on the rendered IstioGateway against its CRD (MESH026)",
        ["GatewayPort.TargetPort"] = "checked on the rendered IstioGateway against its CRD (MESH026)",
        ["GatewayPort.Protocol"] = "an enum: every value is valid",
        ["Gateway.Source"] = "where a declaration is comes from its syntax span, not from a value",
        ["GatewayServer.PortName"] = "checked on the rendered Gateway against its CRD (MESH026)",
        ["GatewayServer.Protocol"] = "an enum: every value is valid",
        ["IngressRoute.Source"] = "where a declaration is comes from its syntax span, not from a value",
        ["HttpRoute.Match"] = "URI matches are checked on the rendered VirtualService against its CRD (MESH026)",
        ["UriMatch.Kind"] = "an enum: every value is valid",
        ["UriMatch.Value"] = "checked on the rendered VirtualService against its CRD (MESH026)",
        ["ArgoCdDelivery.RepoUrl"] = "delivery settings; no topology rule reads them",
        ["ArgoCdDelivery.Revision"] = "delivery settings; no topology rule reads them",
        ["ArgoCdDelivery.Project"] = "delivery settings; no topology rule reads them",
        ["ArgoCdDelivery.ManifestsPath"] = "delivery settings; no topology rule reads them",
        ["ArgoCdDelivery.KustomizePath"] = "delivery settings; no topology rule reads them",
        ["ArgoCdDelivery.Namespace"] = "delivery settings; no topology rule reads them",
        ["ArgoCdDelivery.Layout"] = "delivery settings; no topology rule reads them",
        ["ArgoCdDelivery.AutomatedSync"] = "delivery settings; no topology rule reads them",
        ["ArgoCdDelivery.Prune"] = "delivery settings; no topology rule reads them",
        ["ArgoCdDelivery.SelfHeal"] = "delivery settings; no topology rule reads them",
        ["ArgoCdDelivery.UseKustomizeOverlays"] = "delivery settings; no topology rule reads them",
        ["Cluster.Zone"] = "Istio's locality failover names regions; no topology rule reads the zone",
        ["DestinationPolicy.Tls"] = "an enum: every value is valid",
        ["LoadBalancer.Simple"] = "an enum: every value is valid (Simple beside ConsistentHash is refused by the CRD's oneOf, MESH026)",
        ["ConsistentHash.HttpHeaderName"] = "which key is hashed does not matter to any rule; its factory always sets exactly one",
        ["ConsistentHash.HttpCookie"] = "which key is hashed does not matter to any rule; its factory always sets exactly one",
        ["ConsistentHash.UseSourceIp"] = "which key is hashed does not matter to any rule; its factory always sets exactly one",
        ["HashCookie.Name"] = "checked on the rendered DestinationRule against its CRD (MESH026)",
        ["HashCookie.Ttl"] = "a cookie lifetime: zero (a session cookie) and every positive value are valid",
        ["LocalityLoadBalancing.Distribute"] = "no topology rule reads weighted distribution",
        ["LocalityDistribution.From"] = "no topology rule reads weighted distribution",
        ["LocalityDistribution.To"] = "no topology rule reads weighted distribution",
        ["SourceLocation.FilePath"] = "a location, not a declared value",
        ["SourceLocation.Line"] = "a location, not a declared value",
        ["SourceLocation.IsKnown"] = "a location, not a declared value",
    };

    [Fact]
    public void Every_public_model_property_is_read_into_facts_or_listed_as_not_a_fact()
    {
        var read = ReadByReader();

        var unaccounted = ModelProperties().Where(p => !read.Contains(p) && !NotFacts.ContainsKey(p)).ToList();

        Assert.True(unaccounted.Count == 0,
            "Read these into facts in generator/Topology/Reading (with nameof), or list them in ModelCoverageTests.NotFacts with the reason: " +
            string.Join(", ", unaccounted));
    }

    [Fact]
    public void Not_a_fact_list_holds_only_model_properties_the_reader_does_not_read()
    {
        var properties = ModelProperties().ToHashSet(StringComparer.Ordinal);
        var read = ReadByReader();

        var stale = NotFacts.Keys.Where(p => !properties.Contains(p) || read.Contains(p)).Order(StringComparer.Ordinal).ToList();

        Assert.Empty(stale);
    }

    [Fact]
    public void Reader_names_model_members_with_nameof_never_with_strings()
    {
        var names = ModelProperties().Select(p => p[(p.IndexOf('.') + 1)..])
            .Concat(ModelTypes().Select(t => t.Name))
            .ToHashSet(StringComparer.Ordinal);

        var literals = ReaderTrees()
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>())
            .Where(literal => literal.IsKind(SyntaxKind.StringLiteralExpression) && names.Contains(literal.Token.ValueText))
            .Select(literal => literal.Token.ValueText)
            .ToList();

        Assert.Empty(literals);
    }

    [Fact]
    public void Reader_reads_the_properties_the_rules_need_from_each_capability()
    {
        var read = ReadByReader();

        // A spot check that the scan sees what the reader names: one property of each capability's facts.
        Assert.Contains("Service.Versions", read);
        Assert.Contains("ServiceVersion.Replicas", read);
        Assert.Contains("VersionWeight.Weight", read);
        Assert.Contains("IngressRoute.Hosts", read);
    }

    /// <summary>Public instance properties declared by the model's public types, as <c>Type.Property</c>.</summary>
    private static IEnumerable<string> ModelProperties() =>
        ModelTypes()
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Select(property => type.Name + "." + property.Name))
            .Order(StringComparer.Ordinal);

    private static IEnumerable<Type> ModelTypes() =>
        typeof(Mesh).Assembly.GetExportedTypes().Where(type => type.Namespace == "Manifests.Model" && !type.IsEnum && !type.IsInterface);

    /// <summary>Every <c>nameof(Type.Property)</c> in the reader's sources, as <c>Type.Property</c>.</summary>
    private static HashSet<string> ReadByReader() =>
        ReaderTrees()
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            .Where(call => call.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" })
            .Select(call => call.ArgumentList.Arguments.Single().Expression)
            .OfType<MemberAccessExpressionSyntax>()
            .Where(member => member.Expression is IdentifierNameSyntax)
            .Select(member => ((IdentifierNameSyntax)member.Expression).Identifier.ValueText + "." + member.Name.Identifier.ValueText)
            .ToHashSet(StringComparer.Ordinal);

    // The reading machinery, and each capability's part of the reader beside its facts in rules/<Capability>/.
    private static IEnumerable<SyntaxTree> ReaderTrees() =>
        Directory.GetFiles(RepositoryPaths.PathOf(ReaderFolder), "*.cs")
            .Concat(Directory.GetFiles(RepositoryPaths.PathOf("rules"), "MeshSyntaxReader.*.cs", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path));
}
