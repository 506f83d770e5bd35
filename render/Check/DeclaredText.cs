using System.Collections;
using System.Reflection;
using Manifests.Model;
using Manifests.Render.Validate;
using Manifests.Rules;

namespace Manifests.Render.Check;

/// <summary>
/// Every string a topology declares, checked for characters that cannot reach a cluster unchanged before
/// anything is built: on the way to YAML, System.Text.Json silently turns a lone surrogate into U+FFFD, so
/// the validator of rendered files would never see it. Walks the model's records, so a new field is covered.
/// </summary>
internal static class DeclaredText
{
    public static IReadOnlyList<RuleFinding> Check(Mesh mesh)
    {
        var findings = new List<RuleFinding>();
        Walk(mesh, "mesh", mesh.Source, findings, depth: 0);
        return findings;
    }

    private static void Walk(object? value, string path, SourceLocation at, List<RuleFinding> findings, int depth)
    {
        switch (value)
        {
            case null or SourceLocation or Enum or ValueType when value is not string:
                return;
            case string text:
                if (CarriedCharacters.FirstUncarried(text) is { } bad)
                {
                    findings.Add(new RuleFinding(RuleDescriptors.InvalidObject,
                        $"{path} holds {bad}, which kubectl and kustomize cannot carry unchanged.",
                        at.IsKnown ? new FactLocation(at.FilePath, at.Line) : FactLocation.None));
                }

                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    Walk(entry.Key, $"{path}[key]", at, findings, depth + 1);
                    Walk(entry.Value, $"{path}[\"{entry.Key}\"]", at, findings, depth + 1);
                }

                return;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    Walk(item, $"{path}[{index++}]", at, findings, depth + 1);
                }

                return;
        }

        // Records of the model only; a guard against cycles that immutable records cannot have anyway.
        if (depth > 32 || value.GetType().Namespace != typeof(Mesh).Namespace)
        {
            return;
        }

        var here = value.GetType().GetProperty("Source")?.GetValue(value) is SourceLocation { IsKnown: true } source ? source : at;
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            {
                Walk(property.GetValue(value), path + "." + property.Name, here, findings, depth + 1);
            }
        }
    }
}
