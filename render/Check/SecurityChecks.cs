using System.Text.RegularExpressions;
using Manifests.Model;
using Manifests.Rules;

namespace Manifests.Render.Check;

/// <summary>
/// What a security policy demands of the declarations under it, and the syntax of the resource
/// quantities they give, checked before anything is placed.
/// </summary>
internal static partial class SecurityChecks
{
    public static IReadOnlyList<RuleFinding> Check(Mesh mesh)
    {
        var findings = new List<RuleFinding>();
        foreach (var service in mesh.Services)
        {
            foreach (var version in service.Versions)
            {
                var at = version.Source.IsKnown ? new FactLocation(version.Source.FilePath, version.Source.Line) : FactLocation.None;
                foreach (var (field, quantity) in Quantities(version.Resources ?? mesh.SecurityFor(service)?.DefaultResources))
                {
                    if (!Quantity().IsMatch(quantity))
                    {
                        findings.Add(new RuleFinding(RuleDescriptors.InvalidObject,
                            $"{field} '{quantity}' of '{service.Name}' version '{version.Name}' is not a Kubernetes quantity (such as 250m, 0.5, 256Mi, 2G).", at));
                    }
                }
            }

            if (mesh.SecurityFor(service) is not { RequireResources: true } policy)
            {
                continue;
            }

            foreach (var version in service.Versions)
            {
                var resources = version.Resources ?? policy.DefaultResources;
                var missing = new List<string>();
                if (resources?.CpuRequest is null)
                {
                    missing.Add("CpuRequest");
                }

                if (resources?.MemoryRequest is null)
                {
                    missing.Add("MemoryRequest");
                }

                if (resources?.CpuLimit is null)
                {
                    missing.Add("CpuLimit");
                }

                if (resources?.MemoryLimit is null)
                {
                    missing.Add("MemoryLimit");
                }

                var at = version.Source.IsKnown ? new FactLocation(version.Source.FilePath, version.Source.Line) : FactLocation.None;
                if (missing.Count > 0)
                {
                    findings.Add(new RuleFinding(RuleDescriptors.MissingResources,
                        $"Version '{version.Name}' of '{service.Name}' runs under a security policy that requires resources, but has no {string.Join(", ", missing)}.",
                        at));
                }
            }
        }

        return findings;
    }

    private static IEnumerable<(string Field, string Value)> Quantities(ComputeResources? resources)
    {
        if (resources is null)
        {
            yield break;
        }

        foreach (var (field, value) in new[] { ("CpuRequest", resources.CpuRequest), ("MemoryRequest", resources.MemoryRequest), ("CpuLimit", resources.CpuLimit), ("MemoryLimit", resources.MemoryLimit) })
        {
            if (value is not null)
            {
                yield return (field, value);
            }
        }
    }

    // apimachinery's quantity grammar: a signed decimal number, then a binary (Ki…Ei), decimal (n…E) or exponent suffix.
    [GeneratedRegex(@"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();
}
