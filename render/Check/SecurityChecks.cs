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
            var policy = mesh.SecurityFor(service);
            foreach (var version in service.Versions)
            {
                if ((version.Resources ?? policy?.DefaultResources) is { } resources)
                {
                    CheckQuantity(findings, service, version, "CpuRequest", resources.CpuRequest);
                    CheckQuantity(findings, service, version, "MemoryRequest", resources.MemoryRequest);
                    CheckQuantity(findings, service, version, "CpuLimit", resources.CpuLimit);
                    CheckQuantity(findings, service, version, "MemoryLimit", resources.MemoryLimit);
                }
            }

            if (policy is not { RequireResources: true })
            {
                continue;
            }

            foreach (var version in service.Versions)
            {
                var resources = version.Resources ?? policy.DefaultResources;
                if (resources is { CpuRequest: not null, MemoryRequest: not null, CpuLimit: not null, MemoryLimit: not null })
                {
                    continue;
                }

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

                findings.Add(new RuleFinding(RuleDescriptors.MissingResources,
                    $"Version '{version.Name}' of '{service.Name}' runs under a security policy that requires resources, but has no {string.Join(", ", missing)}.",
                    At(version)));
            }
        }

        return findings;
    }

    private static void CheckQuantity(List<RuleFinding> findings, Service service, ServiceVersion version, string field, string? quantity)
    {
        if (quantity is not null && !Quantity().IsMatch(quantity))
        {
            findings.Add(new RuleFinding(RuleDescriptors.InvalidObject,
                $"{field} '{quantity}' of '{service.Name}' version '{version.Name}' is not a Kubernetes quantity (such as 250m, 0.5, 256Mi, 2G).", At(version)));
        }
    }

    // Made only for a finding: most versions have none.
    private static FactLocation At(ServiceVersion version) =>
        version.Source.IsKnown ? new FactLocation(version.Source.FilePath, version.Source.Line) : FactLocation.None;

    // apimachinery's quantity grammar: a signed decimal number, then a binary (Ki…Ei), decimal (n…E) or exponent suffix.
    [GeneratedRegex(@"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();
}
