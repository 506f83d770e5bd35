namespace Manifests.Rules;

/// <summary>Kubernetes' own name rules (apimachinery's validation), for the names a topology gives.</summary>
internal static class KubernetesNameRules
{
    /// <summary>RFC 1123 label: [a-z0-9]([-a-z0-9]*[a-z0-9])?, at most 63 characters.</summary>
    public static bool IsDns1123Label(string value)
    {
        if (value.Length == 0 || value.Length > 63 || !IsLowerAlphanumeric(value[0]) || !IsLowerAlphanumeric(value[value.Length - 1]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!IsLowerAlphanumeric(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>RFC 1035 label, required of Service names: a DNS-1123 label that starts with a letter.</summary>
    public static bool IsDns1035Label(string value) => IsDns1123Label(value) && value[0] >= 'a' && value[0] <= 'z';

    /// <summary>IANA service name, required of port names: 1–15 of [a-z0-9-], a letter, no leading, trailing or double '-'.</summary>
    public static bool IsPortName(string value)
    {
        if (value.Length == 0 || value.Length > 15 || value[0] == '-' || value[value.Length - 1] == '-' || value.Contains("--"))
        {
            return false;
        }

        var hasLetter = false;
        foreach (var c in value)
        {
            if (!IsLowerAlphanumeric(c) && c != '-')
            {
                return false;
            }

            hasLetter |= c >= 'a' && c <= 'z';
        }

        return hasLetter;
    }

    private static bool IsLowerAlphanumeric(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
