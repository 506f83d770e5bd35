using Manifests.Rules;

namespace Manifests.Render.Validate;

/// <summary>Kubernetes' own syntax rules (apimachinery's validation package) for names, labels and annotations.</summary>
internal static class KubernetesSyntax
{
    /// <summary>The most annotations an object may carry, keys and values together.</summary>
    public const int TotalAnnotationSizeLimit = 256 * 1024;

    /// <summary>RFC 1123 subdomain: dot-separated DNS-1123 labels, at most 253 characters.</summary>
    public static bool IsDns1123Subdomain(string value)
    {
        if (value.Length == 0 || value.Length > 253)
        {
            return false;
        }

        foreach (var part in value.Split('.'))
        {
            if (part.Length == 0 || !IsLabelShaped(part))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A label or annotation key: an optional DNS-1123 subdomain prefix and '/', then a name of at most 63 characters.</summary>
    public static string? KeyProblem(string key)
    {
        var slash = key.IndexOf('/');
        var name = slash < 0 ? key : key[(slash + 1)..];
        if (slash >= 0)
        {
            var prefix = key[..slash];
            if (!IsDns1123Subdomain(prefix))
            {
                return $"prefix '{prefix}' must be a DNS-1123 subdomain (lower-case letters, digits, '-' and '.', at most 253 characters)";
            }
        }

        if (name.Length == 0 || name.Length > 63)
        {
            return "name part must be 1 to 63 characters";
        }

        return IsNamePart(name) ? null : "name part must be letters, digits, '-', '_' or '.', starting and ending with a letter or digit";
    }

    /// <summary>A label value: empty, or at most 63 of letters, digits, '-', '_' and '.', starting and ending alphanumeric.</summary>
    public static string? LabelValueProblem(string value) =>
        value.Length > 63 ? $"must be at most 63 characters (it has {value.Length})"
        : value.Length == 0 || IsNamePart(value) ? null
        : "must be empty or letters, digits, '-', '_' or '.', starting and ending with a letter or digit";

    /// <summary>An environment variable name as every supported Kubernetes accepts it: [-._a-zA-Z][-._a-zA-Z0-9]*.</summary>
    public static bool IsEnvVarName(string value) =>
        value.Length > 0 && !char.IsAsciiDigit(value[0]) && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_');

    /// <summary>A port name (IANA service name).</summary>
    public static bool IsPortName(string value) => KubernetesNameRules.IsPortName(value);

    /// <summary>A DNS-1123 label.</summary>
    public static bool IsDns1123Label(string value) => KubernetesNameRules.IsDns1123Label(value);

    /// <summary>A DNS-1035 label (Service names).</summary>
    public static bool IsDns1035Label(string value) => KubernetesNameRules.IsDns1035Label(value);

    private static bool IsLabelShaped(string value) => value.Length <= 63 && KubernetesNameRules.IsDns1123Label(value);

    private static bool IsNamePart(string value) =>
        char.IsAsciiLetterOrDigit(value[0]) && char.IsAsciiLetterOrDigit(value[^1]) &&
        value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
