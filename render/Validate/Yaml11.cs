using System.Globalization;

namespace Manifests.Render.Validate;

/// <summary>
/// Plain (unquoted) YAML scalars typed as Kubernetes' YAML 1.1 reader types them: the one table for every YAML
/// the product reads back (rendered files in <see cref="YamlDocument"/>, shipped CRDs in <see cref="CrdReader"/>).
/// </summary>
internal static class Yaml11
{
    public enum Plain
    {
        String,
        Null,
        True,
        False,
        Integer,
        Real,
    }

    public static bool IsTrue(string value) => Resolve(value, out _, out _) is Plain.True;

    public static Plain Resolve(string value, out long integer, out double real)
    {
        integer = 0;
        real = 0;
        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return Plain.Null;
            case "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" or "y" or "Y":
                return Plain.True;
            case "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "OFF" or "n" or "N":
                return Plain.False;
        }

        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out integer))
        {
            return Plain.Integer;
        }

        if (value.StartsWith("0x", StringComparison.Ordinal) &&
            long.TryParse(value.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out integer))
        {
            return Plain.Integer;
        }

        if (value.Any(char.IsAsciiDigit) && value.All(c => char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-') &&
            double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out real))
        {
            return Plain.Real;
        }

        return Plain.String;
    }
}
