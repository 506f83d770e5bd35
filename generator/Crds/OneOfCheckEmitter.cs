using System.Collections.Generic;
using System.Linq;
using Manifests.Generator.Helpers;
using Manifests.Generator.Model;

namespace Manifests.Generator.Crds;

/// <summary>
/// Writes the <c>oneOf</c> checks. Every class with a <c>oneOf</c> at or below it gets
/// <c>CollectOneOfViolations(path, violations)</c>, which adds <c>"path: message"</c> for each group where not exactly
/// one branch matches and recurses into properties, list items (<c>path[i]</c>) and map values (<c>path[key]</c>,
/// keys in ordinal order). The kind class also gets <c>ValidateOneOf()</c>, which starts at the object root.
/// </summary>
internal static class OneOfCheckEmitter
{
    private const string Violations = "global::System.Collections.Generic.ICollection<string>";

    public static void Write(SourceWriter writer, TypeSpec type, CrdEmitter.TypeNames names, bool isKindClass)
    {
        if (isKindClass)
        {
            writer.WriteLine("/// <summary>");
            writer.WriteLine("/// Checks the schema's <c>oneOf</c> constraints in this object and every object below it.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine("/// <returns>One <c>\"path: message\"</c> per violation, e.g. <c>spec.http[0].match[1].uri: …</c>; empty when all hold.</returns>");
            writer.WriteLine("public global::System.Collections.Generic.IReadOnlyList<string> ValidateOneOf()");
            writer.OpenBlock();
            writer.WriteLine("var violations = new global::System.Collections.Generic.List<string>();");
            writer.WriteLine("CollectOneOfViolations(\"\", violations);");
            writer.WriteLine("return violations;");
            writer.CloseBlock();
            writer.WriteLine();
        }

        writer.WriteLine("/// <summary>Adds a <c>\"path: message\"</c> entry for each violated <c>oneOf</c> at or below this object.</summary>");
        writer.WriteLine("/// <param name=\"path\">The JSON path of this object, empty at the root.</param>");
        writer.WriteLine("/// <param name=\"violations\">Where the violations are added.</param>");
        writer.WriteLine("public void CollectOneOfViolations(string path, " + Violations + " violations)");
        writer.OpenBlock();
        foreach (OneOfSpec group in type.OneOfGroups)
        {
            WriteGroup(writer, group);
        }

        foreach (PropertySpec property in type.Properties)
        {
            WriteDescent(writer, property, names);
        }

        writer.CloseBlock();
    }

    private static void WriteGroup(SourceWriter writer, OneOfSpec group)
    {
        writer.OpenBlock();
        writer.WriteLine("int matched = 0;");
        foreach (OneOfBranchSpec branch in group.Branches)
        {
            string condition = branch.IsNoneOf
                ? "!(" + string.Join(" || ", branch.Alternatives.Select(AllSet)) + ")"
                : AllSet(branch.Alternatives[0]);
            writer.WriteLine("if (" + condition + ") matched++;");
        }

        writer.WriteLine("if (matched != 1)");
        writer.OpenBlock();
        writer.WriteLine("violations.Add((path.Length == 0 ? \"<root>\" : path) + \": \" + " + CrdEmitter.Literal(group.Message) + ");");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static string AllSet(PropertyNameSet set) =>
        set.Names.Count == 1
            ? set.Names[0] + " != null"
            : "(" + string.Join(" && ", set.Names.Select(n => n + " != null")) + ")";

    private static void WriteDescent(SourceWriter writer, PropertySpec property, CrdEmitter.TypeNames names)
    {
        if (!property.Type.Checks(names))
        {
            return;
        }

        string childPath = "(path.Length == 0 ? " + CrdEmitter.Literal(property.JsonName) + " : path + " + CrdEmitter.Literal("." + property.JsonName) + ")";
        switch (property.Type.Kind)
        {
            case TypeRefKind.Object:
                writer.WriteLine(property.Name + "?.CollectOneOfViolations(" + childPath + ", violations);");
                break;
            case TypeRefKind.List:
                writer.WriteLine("if (" + property.Name + " is { } " + Local(property) + ")");
                writer.OpenBlock();
                writer.WriteLine("for (int i = 0; i < " + Local(property) + ".Count; i++)");
                writer.OpenBlock();
                writer.WriteLine(Local(property) + "[i]?.CollectOneOfViolations(" + childPath + " + \"[\" + i.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"]\", violations);");
                writer.CloseBlock();
                writer.CloseBlock();
                break;
            case TypeRefKind.Map:
                writer.WriteLine("if (" + property.Name + " is { } " + Local(property) + ")");
                writer.OpenBlock();
                writer.WriteLine("foreach (string key in global::System.Linq.Enumerable.OrderBy(" + Local(property) + ".Keys, k => k, global::System.StringComparer.Ordinal))");
                writer.OpenBlock();
                writer.WriteLine(Local(property) + "[key]?.CollectOneOfViolations(" + childPath + " + \"[\" + key + \"]\", violations);");
                writer.CloseBlock();
                writer.CloseBlock();
                break;
        }
    }

    private static string Local(PropertySpec property) => "items" + property.Name;

    private static bool Checks(this TypeRefSpec type, CrdEmitter.TypeNames names) => type.Kind switch
    {
        TypeRefKind.Object => names.ChecksOneOf(type.Index),
        TypeRefKind.List or TypeRefKind.Map => type.Element!.Kind == TypeRefKind.Object && names.ChecksOneOf(type.Element.Index),
        _ => false,
    };
}
