using System.Collections.Generic;
using System.Linq;
using System.Text;
using Manifests.Generator.Helpers;
using Manifests.Rules;
using Microsoft.CodeAnalysis;

namespace Manifests.Generator.Topology.Names;

/// <summary>Collects the declared names a topology's facts show into a <see cref="TopologyNamesSpec"/>.</summary>
internal static class TopologyNamesReader
{
    public static TopologyNamesSpec Read(INamedTypeSymbol topology, MeshFacts mesh)
    {
        var groups = new[]
        {
            Group("Clusters", "The declared clusters.", mesh.Clusters.Select(c => c.Name)),
            Group("Services", "The declared services.", mesh.Services.Select(s => s.Name)),
            Group("IngressGateways", "The declared ingress gateways.", mesh.Ingress.IngressGateways.Select(i => i.Name)),
            Group("Gateways", "The declared Istio gateways.", mesh.Ingress.Gateways.Select(g => g.Name)),
            Group("IngressRoutes", "The declared ingress routes.", mesh.Ingress.Routes.Select(r => r.Name)),
        };

        var versions = mesh.Services
            .Where(s => s.Name != null)
            .GroupBy(s => Identifier(s.Name!, "Versions"))
            .Select(g => Group(g.Key, "The versions of service <c>" + g.First().Name!.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;") + "</c>.", g.First().Versions.Select(v => v.Name)))
            .ToList();

        return new TopologyNamesSpec(
            topology.ContainingNamespace.IsGlobalNamespace ? null : topology.ContainingNamespace.ToDisplayString(),
            topology.Name + "Names",
            topology.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            groups.ToEquatableArray(),
            versions.ToEquatableArray());
    }

    private static NameGroupSpec Group(string className, string summary, IEnumerable<string?> names)
    {
        var constants = new List<NameConstantSpec>();
        var taken = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var name in names)
        {
            // A name that is unknown, or that maps to an identifier already used, gets no constant.
            if (name != null && Identifier(name, className) is var identifier && taken.Add(identifier))
            {
                constants.Add(new NameConstantSpec(identifier, name));
            }
        }

        return new NameGroupSpec(className, summary, constants.ToEquatableArray());
    }

    /// <summary><c>bookinfo-gateway</c> → <c>BookinfoGateway</c>; a leading digit gets <c>_</c>; a clash with the enclosing class gets <c>_</c> after.</summary>
    internal static string Identifier(string name, string enclosingClass)
    {
        var text = new StringBuilder();
        var upper = true;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                text.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        if (text.Length == 0 || char.IsDigit(text[0]))
        {
            text.Insert(0, '_');
        }

        var identifier = text.ToString();
        return identifier == enclosingClass ? identifier + "_" : identifier;
    }
}
