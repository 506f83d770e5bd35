namespace Manifests.Rules;

/// <summary>
/// Admission (MESH600–699): what the API server, a CRD's schema or a webhook would refuse. Checked by the render's
/// validator on the rendered objects (<c>render/Validate/</c>), not by a topology rule.
/// </summary>
internal static partial class RuleDescriptors
{
    /// <summary>A rendered object breaks Kubernetes' own rules for its kind.</summary>
    public static readonly RuleDescriptor InvalidObject = new("MESH025", "Rendered object breaks Kubernetes' rules for its kind", RuleSeverity.Error,
        "correct the declaration the object comes from; the message names the output file, the object and the field", null);

    /// <summary>A rendered custom resource does not match its CRD's schema.</summary>
    public static readonly RuleDescriptor SchemaViolation = new("MESH026", "Custom resource does not match its CRD schema", RuleSeverity.Error,
        "correct the declaration the object comes from so that the field matches the CRD shipped in crds/", null);
}
