using System.Collections.Generic;

namespace Manifests.Rules;

/// <summary>
/// Security and zero trust (MESH200–299): secrets kept out of the output and hardened workloads. Only the literal
/// secret is a topology rule; the others are checked by the render (<c>render/Check/SecurityChecks.cs</c>,
/// <c>DeclaredText.cs</c>, the writer's secret guard) and share this table so an id means one thing.
/// </summary>
internal static partial class RuleDescriptors
{
    /// <summary>A literal value that looks like a secret.</summary>
    public static readonly RuleDescriptor LiteralSecret = new("MESH021", "Secret given as a literal value", RuleSeverity.Error,
        "read it from a Secret: EnvironmentVariable.FromSecret(name, secretName, key)", null);

    /// <summary>A Secret's data would be written into the manifests.</summary>
    public static readonly RuleDescriptor SecretData = new("MESH027", "Secret data in the output", RuleSeverity.Error,
        "never put secret values in the topology: reference an existing Secret (EnvironmentVariable.FromSecret, SecretVolume)", null);

    /// <summary>A workload under a security policy has no resource requests and limits.</summary>
    public static readonly RuleDescriptor MissingResources = new("MESH028", "Workload under a security policy without resource requests and limits", RuleSeverity.Error,
        "set Resources on the version, or DefaultResources on the security policy", null);

    /// <summary>A value has the shape of a credential.</summary>
    public static readonly RuleDescriptor CredentialValue = new("MESH029", "Value looks like a credential", RuleSeverity.Error,
        "keep keys and tokens out of the topology: put them in a Secret and reference it (EnvironmentVariable.FromSecret, SecretVolume)", null);
}

internal static partial class TopologyRules
{
    private static readonly string[] SecretWords = { "PASSWORD", "PASSWD", "SECRET", "TOKEN", "APIKEY", "API_KEY", "PRIVATE_KEY", "CREDENTIAL" };

    private static void CheckSecrets(ServiceFacts service, VersionFacts version, List<RuleFinding> findings)
    {
        for (var i = 0; i < version.Env.Count; i++)
        {
            var variable = version.Env[i];
            if (variable.IsLiteral && variable.Name != null && LooksLikeSecret(variable.Name))
            {
                Report(findings, RuleDescriptors.LiteralSecret, variable.Location, LiteralSecret(service, version, variable));
            }
        }

        // The message is its own method, formatted (and compiled) only when its finding is made.
        static string LiteralSecret(ServiceFacts service, VersionFacts version, EnvFacts variable) =>
            $"Environment variable '{variable.Name}' of '{service.Name}' version '{version.Name}' looks like a secret but has a literal value, which would be written into the manifests.";
    }

    // Upper-cased once per variable, not once per word.
    private static bool LooksLikeSecret(string name)
    {
        var upper = name.ToUpperInvariant();
        foreach (var word in SecretWords)
        {
            if (upper.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
