using System;
using System.Collections.Generic;
using System.Linq;
using Manifests.Rules;
using Microsoft.CodeAnalysis;

namespace Manifests.Generator.Topology;

/// <summary>
/// The compiler's view of the shared topology rules: one descriptor per <see cref="RuleDescriptors.All"/>
/// entry, with the same id, title, severity and help page, so the editor and the render say the same thing.
/// </summary>
internal static class TopologyDiagnosticDescriptors
{
    public const string Category = "Manifests.Topology";

    /// <summary>One descriptor per shared rule, in the rule table's order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = RuleDescriptors.All.Select(Create).ToList();

    /// <summary>The descriptors by rule id, derived from <see cref="All"/>.</summary>
    public static IReadOnlyDictionary<string, DiagnosticDescriptor> ById { get; } =
        All.ToDictionary(descriptor => descriptor.Id, StringComparer.Ordinal);

    // Ids, titles and links come from the shared rule table rather than from literals here: the table is the one place ids are kept.
    private static DiagnosticDescriptor Create(RuleDescriptor rule) => new(
        rule.Id,
        rule.Title,
        "{0}",
        Category,
        rule.Severity == RuleSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Fix: " + rule.Fix + (rule.IstioCode == null ? "." : ". Mirrors istioctl analyze " + rule.IstioCode + "."),
        helpLinkUri: rule.HelpLink);
}
