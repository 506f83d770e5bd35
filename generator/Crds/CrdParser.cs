using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Manifests.Generator.Helpers;
using Manifests.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Manifests.Generator.Crds;

/// <summary>
/// Reads one YAML file into <see cref="CrdSpec"/>s: every document that is an <c>apiextensions.k8s.io</c>
/// CustomResourceDefinition, with one <see cref="CrdVersionSpec"/> per served version. Other documents are skipped.
/// </summary>
internal static class CrdParser
{
    private const string CrdKind = "CustomResourceDefinition";

    public static CrdFileSpec Parse(string path, string? text, CancellationToken cancellationToken)
    {
        var crds = new List<CrdSpec>();
        var diagnostics = new List<DiagnosticInfo>();

        // A YAML file that never names the CRD kind cannot hold one: skip it unread (and unjudged).
        if (text is not null && text.IndexOf(CrdKind, StringComparison.Ordinal) >= 0)
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(text));
            }
            catch (YamlException exception)
            {
                diagnostics.Add(DiagnosticInfo.At(
                    DiagnosticDescriptors.MalformedCrdYaml.Id,
                    path,
                    (int)Math.Max(0, exception.Start.Line - 1),
                    (int)Math.Max(0, exception.Start.Column - 1),
                    Path.GetFileName(path),
                    exception.Message));
                stream = new YamlStream();
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (YamlDocument document in stream.Documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (document.RootNode is YamlMappingNode root && IsCrd(root)
                    && ReadCrd(path, root, diagnostics, cancellationToken) is { } crd && seen.Add(crd.Group + "/" + crd.Kind))
                {
                    crds.Add(crd);
                }
            }
        }

        return new CrdFileSpec(path, new EquatableArray<CrdSpec>(crds.ToArray()), new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
    }

    private static bool IsCrd(YamlMappingNode root) =>
        root.Scalar("kind") == CrdKind
        && root.Scalar("apiVersion") is { } apiVersion
        && apiVersion.StartsWith("apiextensions.k8s.io/", StringComparison.Ordinal);

    private static CrdSpec? ReadCrd(string path, YamlMappingNode root, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        YamlMappingNode? spec = root.Mapping("spec");
        YamlMappingNode? names = spec?.Mapping("names");
        string? group = spec?.Scalar("group");
        string? kind = names?.Scalar("kind");
        string? plural = names?.Scalar("plural");
        YamlSequenceNode? versions = spec?.Sequence("versions");
        string? missing = group is null ? "spec.group"
            : kind is null ? "spec.names.kind"
            : plural is null ? "spec.names.plural"
            : versions is null ? "spec.versions"
            : null;
        if (missing is not null)
        {
            diagnostics.Add(At(DiagnosticDescriptors.IncompleteCrd.Id, path, root, Path.GetFileName(path), missing));
            return null;
        }

        var versionSpecs = new List<CrdVersionSpec>();
        foreach (YamlNode node in versions!.Children)
        {
            if (node is not YamlMappingNode version || version.Scalar("name") is not { } name || version.Scalar("served") == "false")
            {
                continue;
            }

            if (version.Mapping("schema")?.Mapping("openAPIV3Schema") is not { } schema)
            {
                diagnostics.Add(At(DiagnosticDescriptors.CrdVersionWithoutSchema.Id, path, version, plural + "." + group, name));
                continue;
            }

            versionSpecs.Add(SchemaParser.Parse(kind!, name, schema, cancellationToken));
        }

        return new CrdSpec(group!, kind!, plural!, new EquatableArray<CrdVersionSpec>(versionSpecs.ToArray()));
    }

    private static DiagnosticInfo At(string id, string path, YamlNode node, params string[] arguments) =>
        DiagnosticInfo.At(id, path, (int)Math.Max(0, node.Start.Line - 1), (int)Math.Max(0, node.Start.Column - 1), arguments);
}
