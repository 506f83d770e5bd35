using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Manifests.Generator.Crds;

/// <summary>Turns schema names (camelCase JSON names, enum strings, API groups) into C# identifiers.</summary>
internal static class CSharpNames
{
    /// <summary>
    /// <c>exportTo</c> → <c>ExportTo</c>, <c>x-forwarded-for</c> → <c>XForwardedFor</c>, <c>ISTIO_MUTUAL</c> →
    /// <c>IstioMutual</c>: splits at anything that is not a letter or digit, capitalises each part, and lower-cases
    /// the rest of a part that is all capitals. A leading digit gets an underscore; keywords get <c>@</c>.
    /// </summary>
    public static string ToPascalCase(string name)
    {
        var result = new StringBuilder(name.Length);
        foreach (string part in SplitWords(name))
        {
            bool allUpper = IsAllUpper(part);
            if (result.Length != 0 && char.IsDigit(result[result.Length - 1]) && char.IsDigit(part[0]))
            {
                result.Append('_'); // "1.0" → "1_0", not "10"
            }

            result.Append(char.ToUpperInvariant(part[0]));
            result.Append(allUpper ? part.Substring(1).ToLowerInvariant() : part.Substring(1));
        }

        if (result.Length == 0)
        {
            return "Empty";
        }

        if (char.IsDigit(result[0]))
        {
            result.Insert(0, '_');
        }

        return EscapeKeyword(result.ToString());
    }

    /// <summary>
    /// <c>networking.istio.io</c> → <c>Istio.Networking</c>: the group's labels reversed, without the top-level
    /// domain. The core group (empty) adds nothing.
    /// </summary>
    public static string GroupToNamespace(string group)
    {
        string[] labels = group.Split('.');
        int count = labels.Length > 1 ? labels.Length - 1 : labels.Length;
        var parts = new List<string>();
        for (int i = count - 1; i >= 0; i--)
        {
            if (labels[i].Length != 0)
            {
                parts.Add(ToPascalCase(labels[i]).TrimStart('@'));
            }
        }

        return string.Join(".", parts);
    }

    /// <summary><c>v1alpha3</c> → <c>V1Alpha3</c>: capitalises the first letter and every letter after a digit.</summary>
    public static string VersionToNamespace(string version)
    {
        var result = new StringBuilder(version.Length + 1);
        for (int i = 0; i < version.Length; i++)
        {
            char c = version[i];
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            bool startsWord = result.Length == 0 || char.IsDigit(version[i - 1]);
            result.Append(startsWord ? char.ToUpperInvariant(c) : c);
        }

        if (result.Length == 0 || char.IsDigit(result[0]))
        {
            result.Insert(0, 'V');
        }

        return result.ToString();
    }

    /// <summary>Prefixes <c>@</c> when <paramref name="identifier"/> is a C# keyword.</summary>
    public static string EscapeKeyword(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

    /// <summary>
    /// Returns <paramref name="candidate"/>, or it with the lowest suffix 2, 3, … that is not yet taken, and
    /// marks the result taken.
    /// </summary>
    public static string MakeUnique(string candidate, HashSet<string> taken)
    {
        string name = candidate;
        for (int suffix = 2; !taken.Add(name); suffix++)
        {
            name = candidate + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    private static IEnumerable<string> SplitWords(string name)
    {
        int start = -1;
        for (int i = 0; i <= name.Length; i++)
        {
            bool isWordChar = i < name.Length && char.IsLetterOrDigit(name[i]) && name[i] < 128;
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                yield return name.Substring(start, i - start);
                start = -1;
            }
        }
    }

    private static bool IsAllUpper(string part)
    {
        bool hasLetter = false;
        foreach (char c in part)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            hasLetter |= char.IsLetter(c);
        }

        return hasLetter && part.Length > 1;
    }
}
