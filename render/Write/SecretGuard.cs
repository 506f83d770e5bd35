namespace Manifests.Render.Write;

/// <summary>
/// The writer's last line of defence for secrets: a file whose object is a Secret carrying
/// <c>data</c> or <c>stringData</c> is never written, whoever built it. The validator reports the
/// same mistake with its place in the topology; this only makes sure it cannot reach the disk.
/// </summary>
internal static class SecretGuard
{
    public static bool CarriesSecretData(string content)
    {
        var isSecret = false;
        var hasData = false;
        foreach (var line in content.Split('\n'))
        {
            // Top-level keys only: an indented 'kind: Secret' belongs to some nested field.
            if (line.StartsWith("kind:", StringComparison.Ordinal))
            {
                isSecret = line.AsSpan(5).Trim().Trim("'\"").SequenceEqual("Secret");
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal) || line.StartsWith("stringData:", StringComparison.Ordinal) ||
                line.StartsWith("\"data\":", StringComparison.Ordinal) || line.StartsWith("'data':", StringComparison.Ordinal))
            {
                hasData = true;
            }
        }

        return isSecret && hasData;
    }
}
