using System.Text.RegularExpressions;

namespace Manifests.Render.Validate;

/// <summary>
/// Values with the unmistakable shape of a credential: whatever field they sit in, such a value in a
/// manifest is a leak. Deliberately narrow (well-known prefixes and formats), so that no ordinary
/// configuration value is ever taken for one.
/// </summary>
internal static partial class CredentialShapes
{
    /// <summary>The kind of credential <paramref name="value"/> looks like, or null.</summary>
    public static string? Match(string value)
    {
        if (value.Length < 16)
        {
            return null;
        }

        if (value.Contains("-----BEGIN", StringComparison.Ordinal) && value.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
        {
            return "a PEM private key";
        }

        if (AwsAccessKey().IsMatch(value))
        {
            return "an AWS access key id";
        }

        if (GitHubToken().IsMatch(value))
        {
            return "a GitHub token";
        }

        if (SlackToken().IsMatch(value))
        {
            return "a Slack token";
        }

        return JsonWebToken().IsMatch(value) ? "a JSON Web Token" : null;
    }

    [GeneratedRegex(@"\b(AKIA|ASIA)[0-9A-Z]{16}\b", RegexOptions.CultureInvariant)]
    private static partial Regex AwsAccessKey();

    [GeneratedRegex(@"\b(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,})", RegexOptions.CultureInvariant)]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"\bxox[abprs]-[A-Za-z0-9-]{10,}", RegexOptions.CultureInvariant)]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}", RegexOptions.CultureInvariant)]
    private static partial Regex JsonWebToken();
}
