namespace Manifests.Apply.Tests.Fake;

/// <summary>A resource URL taken apart: <c>/apis/{group}/{version}[/namespaces/{ns}]/{plural}[/{name}]</c>.</summary>
internal sealed record FakeResourceRoute(ServedKind Kind, string? Namespace, string? Name)
{
    public static FakeResourceRoute? TryParse(string path, IReadOnlyList<ServedKind> kinds)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string group, version;
        string[] rest;
        if (segments is ["api", var coreVersion, .. var coreRest])
        {
            (group, version, rest) = ("", coreVersion, coreRest);
        }
        else if (segments is ["apis", var g, var v, .. var groupRest])
        {
            (group, version, rest) = (g, v, groupRest);
        }
        else
        {
            return null;
        }

        string? ns = null;
        if (rest is ["namespaces", var n, _, ..])
        {
            (ns, rest) = (n, rest[2..]);
        }

        if (rest is not ([_] or [_, _]))
        {
            return null;
        }

        var kind = kinds.FirstOrDefault(k => k.Group == group && k.Version == version && k.Plural == rest[0]);
        return kind is null ? null : new FakeResourceRoute(kind, ns, rest.Length == 2 ? rest[1] : null);
    }
}
