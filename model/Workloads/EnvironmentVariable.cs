namespace Manifests.Model;

/// <summary>An environment variable: a plain value, or a reference to a key of an existing Secret.</summary>
public sealed record EnvironmentVariable
{
    private EnvironmentVariable(string name, string? value, SecretKeyReference? secret)
    {
        Name = name;
        Value = value;
        Secret = secret;
    }

    /// <summary>The variable name.</summary>
    public string Name { get; }

    /// <summary>The literal value, for non-secret configuration.</summary>
    public string? Value { get; }

    /// <summary>The Secret key the value is read from at run time.</summary>
    public SecretKeyReference? Secret { get; }

    /// <summary>A variable with a literal, non-secret value.</summary>
    public static EnvironmentVariable Literal(string name, string value) => new(name, value, null);

    /// <summary>A variable read from a key of an existing Secret; the secret value never appears in the output.</summary>
    public static EnvironmentVariable FromSecret(string name, string secretName, string key) =>
        new(name, null, new SecretKeyReference(secretName, key));
}

/// <summary>A key of an existing Kubernetes Secret.</summary>
/// <param name="SecretName">The Secret's name, in the workload's namespace.</param>
/// <param name="Key">The key inside the Secret.</param>
public sealed record SecretKeyReference(string SecretName, string Key);
