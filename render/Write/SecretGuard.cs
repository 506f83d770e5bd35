namespace Manifests.Render.Write;

/// <summary>
/// The writer's last line of defence for secrets: a file whose object is a Secret carrying
/// <c>data</c> or <c>stringData</c> is never written, whoever built it. The validator reports the
/// same mistake with its place in the topology; this only makes sure it cannot reach the disk.
/// </summary>
internal static class SecretGuard
{
    // Reads the UTF-8 bytes line by line in place: it runs on every file of every write.
    public static bool CarriesSecretData(ReadOnlySpan<byte> utf8)
    {
        // A Secret's kind line holds these bytes, whatever its quoting: one vectorized search clears almost every file.
        if (utf8.IndexOf("Secret"u8) < 0)
        {
            return false;
        }

        var isSecret = false;
        var hasData = false;
        while (!utf8.IsEmpty)
        {
            var end = utf8.IndexOf((byte)'\n');
            var line = end < 0 ? utf8 : utf8[..end];
            utf8 = end < 0 ? default : utf8[(end + 1)..];

            // Top-level keys only: an indented 'kind: Secret' belongs to some nested field.
            if (line.StartsWith("kind:"u8))
            {
                isSecret = line[5..].Trim(" \t\r"u8).Trim("'\""u8).SequenceEqual("Secret"u8);
            }
            else if (line.StartsWith("data:"u8) || line.StartsWith("stringData:"u8) || line.StartsWith("\"data\":"u8) || line.StartsWith("'data':"u8))
            {
                hasData = true;
            }
        }

        return isSecret && hasData;
    }
}
