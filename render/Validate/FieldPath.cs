namespace Manifests.Render.Validate;

/// <summary>Field paths as Kubernetes prints them: <c>spec.template.spec.containers[0].ports[0]</c>, <c>metadata.labels["app.kubernetes.io/name"]</c>.</summary>
internal static class FieldPath
{
    public static string Key(string parent, string key)
    {
        var simple = key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
        return simple ? (parent.Length == 0 ? key : parent + "." + key) : parent + "[\"" + key.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"]";
    }

    public static string Index(string parent, int index) => parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    /// <summary>A JSON pointer (<c>/spec/servers/0/port</c>) as a field path.</summary>
    public static string FromPointer(string pointer)
    {
        var path = "";
        foreach (var raw in pointer.Split('/').Skip(1))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path = int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                ? Index(path, index)
                : Key(path, segment);
        }

        return path.Length == 0 ? "(root)" : path;
    }
}
