using System.Collections.Generic;
using System.Reflection;

namespace Manifests.Rules;

/// <summary>How bad a finding is.</summary>
public enum RuleSeverity
{
    /// <summary>Rendering stops; nothing is written.</summary>
    Error,

    /// <summary>Reported; rendering goes on.</summary>
    Warning,
}

/// <summary>One topology rule: a stable id (never reused), what it means and how to fix it.</summary>
public sealed record RuleDescriptor(string Id, string Title, RuleSeverity Severity, string Fix, string? IstioCode)
{
    /// <summary>The page that shows a wrong and a right snippet.</summary>
    public string HelpLink => "docs/diagnostics/" + Id + ".md";
}

/// <summary>
/// Every topology rule. Each capability declares its descriptors beside its rules in <c>rules/&lt;Capability&gt;/</c>
/// (<c>TopologyRules.Mesh.cs</c>, <c>.Workloads.cs</c>, <c>.Security.cs</c>, <c>.Routing.cs</c>, <c>.Ingress.cs</c>;
/// <c>RuleDescriptors.Admission.cs</c>); <see cref="All"/> lists them in one place. Ids are stable: a retired rule keeps its number. The blocks of ids per
/// capability are in <c>docs/diagnostics/README.md</c>.
/// </summary>
internal static partial class RuleDescriptors
{
    // Found, not listed: a capability's new descriptor joins the table without an edit here. Made in the static
    // constructor, which runs after the field initializers of every partial file (their order across files is the compiler's).
    static RuleDescriptors()
    {
        var all = new List<RuleDescriptor>();
        foreach (var field in typeof(RuleDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is RuleDescriptor rule)
            {
                all.Add(rule);
            }
        }

        all.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        All = all;
    }

    /// <summary>Every rule, in id order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; }
}

/// <summary>A rule broken at a place.</summary>
public sealed record RuleFinding(RuleDescriptor Rule, string Message, FactLocation Location)
{
    /// <summary>MSBuild's canonical error form, so IDEs and CI logs link to the C# line.</summary>
    public string ToMsBuildFormat()
    {
        var severity = Rule.Severity == RuleSeverity.Error ? "error" : "warning";
        var place = Location.FilePath.Length == 0 ? "topology" : Location.FilePath + "(" + Location.Line + "," + Location.Column + ")";
        return place + ": " + severity + " " + Rule.Id + ": " + Message + " Fix: " + Rule.Fix + ".";
    }
}
